using System.Net;

namespace Overlord.Client.Http;

/// <summary>
/// Builds the HTTP stack of a client from <see cref="ClientOptions"/>: connect timeout, pooling limits,
/// gzip, and the <c>cacert</c> trust store (which the original ignored, reference §13.9).
/// </summary>
public static class ClientHandlerFactory
{
    /// <summary>
    /// A handler for one node. Throws <see cref="Core.OverlordException"/> (EX_CONFIG) when the CA file cannot be read.
    /// </summary>
    public static SocketsHttpHandler CreateHandler(ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = Limit(options.ConnectTimeout),
            MaxConnectionsPerServer = options.MaxConnections > 0 ? options.MaxConnections : int.MaxValue,
            PooledConnectionIdleTimeout = options.KeepaliveExpiry >= TimeSpan.Zero ? options.KeepaliveExpiry : Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,

            // A redirect would carry the bearer token to wherever it points; the original did not follow them either.
            AllowAutoRedirect = false,
        };

        if (options.CaCertFile is { Length: > 0 } caCertFile)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = CaCertificateValidator.FromFile(caCertFile).Validate;
        }

        return handler;
    }

    /// <summary>
    /// An HttpClient for the node at <paramref name="entrypoint"/>. Its own timeout is off: the client
    /// applies <see cref="ClientOptions.ReadTimeout"/> and <see cref="ClientOptions.Timeout"/> itself.
    /// </summary>
    public static HttpClient CreateHttpClient(Uri entrypoint, ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(entrypoint);
        return new HttpClient(CreateHandler(options), disposeHandler: true)
        {
            BaseAddress = entrypoint,
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    internal static TimeSpan Limit(TimeSpan value) => value > TimeSpan.Zero ? value : Timeout.InfiniteTimeSpan;
}
