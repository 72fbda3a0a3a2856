using System.Net;
using System.Net.Sockets;
using Overlord.Core;

namespace Overlord.Cli.Demo;

/// <summary>The demo's ports on 127.0.0.1: consecutive from <c>--port BASE</c>, or free ones the system picks.</summary>
internal static class DemoPorts
{
    public static IReadOnlyList<int> Allocate(int? basePort, int count)
    {
        if (basePort is { } first)
        {
            if (first < 1 || first > IPEndPoint.MaxPort - count + 1)
            {
                throw new OverlordException($"--port: {first} is out of range; the demo uses {count} ports from it, up to {IPEndPoint.MaxPort}", ExitCodes.Usage);
            }

            return Enumerable.Range(first, count).ToArray();
        }

        // Hold every listener until all are bound, so the ports differ from one another.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
            listeners.ForEach(listener => listener.Dispose());
        }
    }
}
