using Overlord.Client;
using Overlord.Client.Http;
using Overlord.Core;
using Overlord.Core.Config;

namespace Overlord.Server.Chains;

/// <summary>
/// One child of this node (<c>chains.&lt;name&gt;</c>): its HTTP client, built once with the chain's timeouts,
/// limits and <c>cacert</c>, and the typed <see cref="OverlordClient"/> over it that carries the child's token.
/// Forwarded requests use the same connection pool.
/// </summary>
public sealed class ChainClient : IDisposable
{
    public ChainClient(string name, ChainConfig config)
    {
        Name = name;
        Config = config;
        Options = ChainClientOptions.From(config);
        var entrypoint = config.Entrypoint.EndsWith('/') ? config.Entrypoint : config.Entrypoint + "/";
        BaseAddress = new Uri(entrypoint, UriKind.Absolute);
        Http = HttpClientFactory.Create(Options, BaseAddress);
        Client = new OverlordClient(Http, config.AccessToken, Options);
    }

    /// <summary>The chain name, as configured here and as it appears in chain paths.</summary>
    public string Name { get; }

    public ChainConfig Config { get; }

    public ClientOptions Options { get; }

    /// <summary>The child's entrypoint, ending with a slash.</summary>
    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public OverlordClient Client { get; }

    public void Dispose() => Http.Dispose();

    /// <summary>Names the chain and its entrypoint; never the token, nor a password in the entrypoint (issue 11.7).</summary>
    public override string ToString() => $"{Name} ({UrlCredentials.Redact(Config.Entrypoint)})";
}
