using System.CommandLine;
using Overlord.Agent.Api;
using Overlord.Cli.Invocation;
using Overlord.Client;
using Overlord.Client.Http;
using Overlord.Core;

namespace Overlord.Cli.Commands;

/// <summary>
/// How the agent commands reach the node that runs the agent: <c>--entrypoint URL</c> and <c>--token TOKEN</c>,
/// or <c>OVERLORD_ENTRYPOINT</c> and <c>OVERLORD_TOKEN</c> (from the environment or the env file).
/// </summary>
internal sealed class AgentConnection : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>
    /// The CLI's client options with no limit on a call: a waited sync can follow jobs for a long time, and the
    /// caller's cancellation bounds it. Idempotent reads are retried as the node client retries them.
    /// </summary>
    private static readonly ClientOptions Unbounded = ClientOptions.Datacenter with
    {
        ReadTimeout = Timeout.InfiniteTimeSpan,
        Retry = ClientOptions.Chain.Retry,
    };

    private AgentConnection(HttpClient http, Secret token, ClientOptions options)
    {
        _http = http;
        Client = new AgentApiClient(new OverlordClient(http, token, options));
    }

    public AgentApiClient Client { get; }

    public static Option<string?> EntrypointOption() =>
        new("--entrypoint") { Description = "The node that runs the agent (default: $OVERLORD_ENTRYPOINT)", HelpName = "URL" };

    public static Option<string?> TokenOption() =>
        new("--token") { Description = "A token of that node (default: $OVERLORD_TOKEN)", HelpName = "TOKEN" };

    public static Option<string?> CaCertOption() =>
        new("--cacert") { Description = "The CAs that alone are trusted for the node's certificate (default: $OVERLORD_CACERT)", HelpName = "FILE" };

    /// <summary>
    /// A connection from the options, else the variables; a missing or bad entrypoint or token exits 64, an
    /// unreadable CA file 78.
    /// </summary>
    public static AgentConnection Open(CliEnvironment environment, string? entrypoint, string? token, string? cacert)
    {
        var url = entrypoint ?? environment.Variables.Lookup("OVERLORD_ENTRYPOINT");
        var secret = token ?? environment.Variables.Lookup("OVERLORD_TOKEN");
        if (string.IsNullOrEmpty(url))
        {
            throw new OverlordException("no entrypoint: give --entrypoint URL or set OVERLORD_ENTRYPOINT", ExitCodes.Usage);
        }

        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw new OverlordException($"'{url}' is not an http(s) URL", ExitCodes.Usage);
        }

        if (string.IsNullOrEmpty(secret))
        {
            throw new OverlordException("no token: give --token TOKEN or set OVERLORD_TOKEN", ExitCodes.Usage);
        }

        var caCertFile = cacert ?? environment.Variables.Lookup("OVERLORD_CACERT");
        var options = Unbounded with { CaCertFile = string.IsNullOrEmpty(caCertFile) ? null : caCertFile };
        return new AgentConnection(HttpClientFactory.Create(options, address), new Secret(secret), options);
    }

    public void Dispose() => _http.Dispose();
}
