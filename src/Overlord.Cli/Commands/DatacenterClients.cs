using Overlord.Client;
using Overlord.Client.Http;
using Overlord.Core;
using Overlord.Core.Specs;

namespace Overlord.Cli.Commands;

/// <summary>
/// One client per datacenter a command uses, built from the spec's <c>datacenters</c> (entrypoint, access token,
/// timeouts, cacert) on the CLI's defaults (read 120 s, connect 10 s, no retry). A datacenter that is not in the
/// spec exits 66; one without an entrypoint URL or token exits 78, naming it.
/// </summary>
internal sealed class DatacenterClients : IDisposable
{
    private readonly Dictionary<string, OverlordClient> _clients = new(StringComparer.Ordinal);
    private readonly List<HttpClient> _http = [];
    private readonly Spec _spec;

    private DatacenterClients(Spec spec) => _spec = spec;

    /// <summary>Clients for the datacenters of the spec's <c>deployIn</c> entry points.</summary>
    public static DatacenterClients ForDeployIn(Spec spec) =>
        Create(spec, spec.DeployIn.Entrypoints.Select(e => DeployEntrypoint.Parse(e).Datacenter));

    public static DatacenterClients Create(Spec spec, IEnumerable<string> datacenters)
    {
        var result = new DatacenterClients(spec);
        try
        {
            foreach (var name in datacenters.Distinct(StringComparer.Ordinal))
            {
                result.Add(name);
            }

            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <summary>The client of a datacenter's entry node.</summary>
    public OverlordClient For(string datacenter) =>
        _clients.TryGetValue(datacenter, out var client) ? client : throw new ArgumentException($"no client for datacenter '{datacenter}'", nameof(datacenter));

    /// <summary>The URL of a datacenter's entry node as the spec writes it, to print: a password in it is masked (issue 11.7).</summary>
    public string EntrypointOf(string datacenter) => _spec.Datacenters.TryGetValue(datacenter, out var dc) ? UrlCredentials.Redact(dc.Entrypoint ?? "") : "";

    /// <summary>The spec's timeouts of one datacenter on the CLI's defaults; negative or zero means no limit.</summary>
    public static ClientOptions OptionsFor(DatacenterSpec dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return ClientOptions.Datacenter with
        {
            Timeout = TimeSpan.FromSeconds(dc.Timeout),
            ReadTimeout = TimeSpan.FromSeconds(Math.Max(dc.ReadTimeout, dc.WriteTimeout)),
            ConnectTimeout = TimeSpan.FromSeconds(dc.ConnectTimeout),
            MaxConnections = (int)Math.Clamp(dc.MaxConnections, 0, int.MaxValue),
            KeepaliveExpiry = TimeSpan.FromSeconds(dc.KeepaliveExpiry),
            CaCertFile = dc.Cacert,
        };
    }

    public void Dispose()
    {
        _http.ForEach(http => http.Dispose());
        _http.Clear();
    }

    private void Add(string name)
    {
        if (!_spec.Datacenters.TryGetValue(name, out var dc))
        {
            throw new OverlordException($"(datacenter:{name}) data center cannot be found.", ExitCodes.NoInput);
        }

        if (string.IsNullOrWhiteSpace(dc.Entrypoint))
        {
            throw new OverlordException($"datacenter '{name}' has no entrypoint: set datacenters.{name}.entrypoint to the URL of its node", ExitCodes.Config);
        }

        if (!Uri.TryCreate(dc.Entrypoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new OverlordException($"datacenter '{name}': entrypoint '{UrlCredentials.Redact(dc.Entrypoint)}' is not an http:// or https:// URL", ExitCodes.Config);
        }

        if (dc.AccessToken is null || dc.AccessToken.IsEmpty)
        {
            throw new OverlordException($"datacenter '{name}' has no access_token: set datacenters.{name}.access_token to a token made by gen-token on its node", ExitCodes.Config);
        }

        var options = OptionsFor(dc);
        var http = HttpClientFactory.Create(options, uri);
        _http.Add(http);
        _clients[name] = new OverlordClient(http, dc.AccessToken, options);
    }
}
