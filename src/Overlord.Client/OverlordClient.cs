using Overlord.Client.Http;
using Overlord.Core;
using Overlord.Core.Chains;

namespace Overlord.Client;

/// <summary>
/// The typed client of one node's API (reference §2), optionally reaching a node further down through a
/// chain path (<c>/v1/chain/alpha.charlie/...</c>). Every call returns an <see cref="ApiResult{T}"/>:
/// a 404, a node that is down or a timeout is a failed result naming the entrypoint, never an exception.
/// </summary>
public sealed partial class OverlordClient
{
    private readonly HttpClient _http;
    private readonly Secret _token;
    private readonly ClientOptions _options;
    private readonly Uri _baseUri;

    /// <param name="httpClient">Its <see cref="HttpClient.BaseAddress"/> is the node's entrypoint, e.g. <c>http://127.0.0.1:8888</c>.</param>
    /// <param name="token">The node's access token, sent as <c>Authentication</c> and <c>Authorization</c> bearer.</param>
    /// <param name="options">Timeouts and retries; <see cref="ClientOptions.Chain"/> when null.</param>
    /// <param name="chain">The chain path to call through, or null for the node itself.</param>
    public OverlordClient(HttpClient httpClient, Secret token, ClientOptions? options = null, ChainPath? chain = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(token);
        if (httpClient.BaseAddress is not { IsAbsoluteUri: true } baseAddress)
        {
            throw new ArgumentException("the HttpClient needs an absolute BaseAddress (the node's entrypoint).", nameof(httpClient));
        }

        _http = httpClient;
        _token = token;
        _options = options ?? ClientOptions.Chain;
        Chain = chain;
        _baseUri = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        Entrypoint = UrlCredentials.Redact(baseAddress.AbsoluteUri.TrimEnd('/'));
    }

    /// <summary>The node's base address, as failures name it: a password in it is masked (issue 11.7).</summary>
    public string Entrypoint { get; }

    /// <summary>The chain path calls go through, or null for the node itself.</summary>
    public ChainPath? Chain { get; }

    public ClientOptions Options => _options;

    /// <summary>
    /// A client for <paramref name="chain"/> below this one's node (appended to this client's own path).
    /// Throws <see cref="ArgumentException"/> when a segment is not <c>^[a-zA-Z0-9_][a-zA-Z0-9_-]*$</c>;
    /// use <see cref="ChainPath.TryParse"/> first for input that may be bad.
    /// </summary>
    public OverlordClient ForChain(string chain) => ForChain(ChainPath.Parse(chain));

    /// <inheritdoc cref="ForChain(string)"/>
    public OverlordClient ForChain(ChainPath chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        return new OverlordClient(_http, _token, _options, Chain is null ? chain : Chain.Append(chain));
    }

    /// <summary>Names the node and the chain; never the token.</summary>
    public override string ToString() => Chain is null ? $"OverlordClient({Entrypoint})" : $"OverlordClient({Entrypoint}, chain {Chain})";

    /// <summary>The entrypoint and chain in words, for messages.</summary>
    private string Where => Chain is null ? Entrypoint : $"{Entrypoint} (chain {Chain})";
}
