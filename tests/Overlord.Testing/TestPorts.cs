using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Overlord.Testing;

/// <summary>
/// Loopback ports for the servers a test starts. A port the kernel hands out for port 0 comes from the ephemeral
/// range, which the tests' own outgoing connections also draw from: between the moment it is released and the moment
/// the server binds it, a client socket may take it ("address already in use"). These are picked at random below
/// that range, and checked free.
/// </summary>
public static class TestPorts
{
    /// <summary>A port free a moment ago: for a server to bind, or as a closed port where a test needs a node that is down.</summary>
    public static int Free()
    {
        var (low, high) = Range();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(low, high);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new InvalidOperationException($"no free loopback port between {low} and {high}");
    }

    /// <summary>A loopback URL (no trailing slash) where nothing listens.</summary>
    public static string ClosedUrl() => $"http://127.0.0.1:{Free()}";

    // Linux: the half below the ephemeral range's start (32768 by default); elsewhere (FreeBSD's starts at 10000) below 10000.
    private static (int Low, int High) Range()
    {
        const string LinuxRange = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(LinuxRange)
            && int.TryParse(File.ReadAllText(LinuxRange).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && first > 4096)
        {
            return (first / 2, first);
        }

        return (2048, 10000);
    }
}
