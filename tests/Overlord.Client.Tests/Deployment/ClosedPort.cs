using System.Net;
using System.Net.Sockets;

namespace Overlord.Client.Tests.Deployment;

/// <summary>An address on loopback where nothing listens: the port was taken from the OS, then let go.</summary>
internal static class ClosedPort
{
    public static Uri Uri()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
