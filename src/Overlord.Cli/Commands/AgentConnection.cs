using System.CommandLine;
using Overlord.Agent.Api;
using Overlord.Core;

namespace Overlord.Cli.Commands;

/// <summary>
/// How the agent commands reach the node that runs the agent: <c>--entrypoint URL</c> and <c>--token TOKEN</c>,
/// or <c>OVERLORD_ENTRYPOINT</c> and <c>OVERLORD_TOKEN</c> (from the environment or the env file).
/// </summary>
internal sealed class AgentConnection : IDisposable
{
    private readonly HttpClient _http;

    private AgentConnection(HttpClient http, Secret token)
    {
        _http = http;
        Client = new AgentApiClient(http, token);
    }

    public AgentApiClient Client { get; }

    public static Option<string?> EntrypointOption() =>
        new("--entrypoint") { Description = "The node that runs the agent (default: $OVERLORD_ENTRYPOINT)", HelpName = "URL" };

    public static Option<string?> TokenOption() =>
        new("--token") { Description = "A token of that node (default: $OVERLORD_TOKEN)", HelpName = "TOKEN" };

    /// <summary>A connection from the options, else the variables; a missing or bad entrypoint or token exits 64.</summary>
    public static AgentConnection Open(CliEnvironment environment, string? entrypoint, string? token)
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

        // A waited sync can follow jobs for a long time: the caller's cancellation bounds it, not a client timeout.
        var http = new HttpClient { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
        return new AgentConnection(http, new Secret(secret));
    }

    public void Dispose() => _http.Dispose();
}
