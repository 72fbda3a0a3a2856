using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Overlord.Core;

namespace Overlord.Client.Http;

/// <summary>
/// The one place an <see cref="HttpClient"/> is made, for a node, a chain, HAProxy, etcd or a git host alike:
/// connect timeout, pooling limits, gzip, no redirects, the <c>cacert</c> trust store (which the original ignored,
/// reference §13.9) and a client certificate. Whole-call and per-attempt timeouts and retries are the caller's:
/// <see cref="OverlordClient"/> applies those of the same <see cref="ClientOptions"/>.
/// </summary>
public static class HttpClientFactory
{
    /// <summary>
    /// An HttpClient for <paramref name="baseAddress"/> (or for absolute URLs when null). Its own timeout is off:
    /// <see cref="OverlordClient"/> applies <see cref="ClientOptions.ReadTimeout"/> and <see cref="ClientOptions.Timeout"/>
    /// itself, and any other caller bounds its calls with its own cancellation. Throws
    /// <see cref="OverlordException"/> (EX_CONFIG) when the CA file or the client certificate cannot be read.
    /// </summary>
    public static HttpClient Create(ClientOptions options, Uri? baseAddress = null) =>
        new(CreateHandler(options), disposeHandler: true)
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };

    /// <summary>The handler under <see cref="Create"/>; tests reach it to check what it refuses.</summary>
    internal static SocketsHttpHandler CreateHandler(ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = Limit(options.ConnectTimeout),
            MaxConnectionsPerServer = options.MaxConnections > 0 ? options.MaxConnections : int.MaxValue,
            PooledConnectionIdleTimeout = options.KeepaliveExpiry >= TimeSpan.Zero ? options.KeepaliveExpiry : Timeout.InfiniteTimeSpan,
            AutomaticDecompression = options.AcceptsCompression ? DecompressionMethods.All : DecompressionMethods.None,
            UseCookies = false,

            // A redirect would carry the bearer token to wherever it points; the original did not follow them either.
            AllowAutoRedirect = false,
        };

        if (options.CaCertFile is { Length: > 0 } caCertFile)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = CaCertificateValidator.FromFile(caCertFile).Validate;
        }

        if (options.ClientCertificateFile is { Length: > 0 } certificateFile)
        {
            handler.SslOptions.ClientCertificates = [ReadClientCertificate(certificateFile)];
        }

        return handler;
    }

    internal static TimeSpan Limit(TimeSpan value) => value > TimeSpan.Zero ? value : Timeout.InfiniteTimeSpan;

    private static X509Certificate2 ReadClientCertificate(string path)
    {
        try
        {
            return X509Certificate2.CreateFromPemFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new OverlordException($"client certificate: cannot read a certificate and key from '{path}': {ex.Message}", ExitCodes.Config);
        }
    }
}
