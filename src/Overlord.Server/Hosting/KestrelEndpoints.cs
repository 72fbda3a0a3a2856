using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Overlord.Core;
using Overlord.Core.Config;

namespace Overlord.Server.Hosting;

/// <summary>
/// Where Kestrel listens (reference 2.1): HTTP on <c>port</c>, plus HTTPS on <c>tls.port</c> when both
/// <c>tls.keyfile</c> and <c>tls.certfile</c> are set (the plain port stays open, as the original).
/// <c>listen: "*"</c> is every address, IPv4 and IPv6.
/// </summary>
internal static class KestrelEndpoints
{
    public static void Configure(KestrelServerOptions kestrel, OverlordConfig config)
    {
        Listen(kestrel, config.Listen, config.Port, _ => { });
        if (config.Tls is { Enabled: true, CertFile: { } certFile, KeyFile: { } keyFile })
        {
            var certificate = LoadCertificate(certFile, keyFile);
            Listen(kestrel, config.Listen, config.Tls.Port, options => options.UseHttps(certificate));
        }
    }

    private static void Listen(KestrelServerOptions kestrel, string listen, int port, Action<ListenOptions> configure)
    {
        if (listen == OverlordConfig.AnyAddress)
        {
            kestrel.ListenAnyIP(port, configure);
        }
        else if (IPAddress.TryParse(listen, out var address))
        {
            kestrel.Listen(address, port, configure);
        }
        else
        {
            foreach (var resolved in Dns.GetHostAddresses(listen))
            {
                kestrel.Listen(resolved, port, configure);
            }
        }
    }

    private static X509Certificate2 LoadCertificate(string certFile, string keyFile)
    {
        try
        {
            return X509Certificate2.CreateFromPemFile(certFile, keyFile);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new OverlordException($"tls: cannot load the certificate '{certFile}' with the key '{keyFile}': {exception.Message}", ExitCodes.Config);
        }
    }
}
