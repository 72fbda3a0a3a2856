using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Overlord.Bench.Measuring;
using Overlord.Bench.Nodes;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// The one-node get-info as the plainest keep-alive client sends it: one socket, a fixed HTTP/1.1 request written
/// and its answer read synchronously, as Python's http.client would. The bench's own client must stay within 2×
/// of it, or the tree ÷ one node ratio would measure the client.
/// </summary>
public static class PlainClient
{
    public static async Task<Samples> TimeAsync(ServedNode node, BenchSizes sizes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(sizes);
        var address = new Uri(node.Address);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(address.Host, address.Port, cancellationToken);
        var request = Encoding.ASCII.GetBytes(
            $"GET /v1/tree/projects HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {node.Token}\r\nAccept: application/json\r\n\r\n");
        var buffer = new byte[1 << 16];
        for (var i = 0; i < sizes.TreeCalls / 10; i++)
        {
            Exchange(socket, request, buffer);
        }

        return await Samples.TimeAsync(sizes.TreeCalls, sizes.Budget(), _ => Task.FromResult(Exchange(socket, request, buffer)), cancellationToken);
    }

    /// <summary>Sends the request and reads one whole answer (Content-Length or chunked), failing unless it is a 200.</summary>
    private static TimeSpan Exchange(Socket socket, byte[] request, byte[] buffer)
    {
        var started = Stopwatch.GetTimestamp();
        socket.Send(request);
        var length = 0;
        int? end = null;
        while (end is null || length < end)
        {
            var read = socket.Receive(buffer.AsSpan(length));
            if (read == 0)
            {
                throw new InvalidOperationException("the node closed the plain client's connection");
            }

            length += read;
            end ??= AnswerEnd(buffer.AsSpan(0, length));
        }

        if (!buffer.AsSpan().StartsWith("HTTP/1.1 200 "u8))
        {
            throw new InvalidOperationException($"the plain client got {Encoding.ASCII.GetString(buffer, 0, Math.Min(length, 40))}");
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Where the answer ends once its headers (and, when chunked, its last chunk) are in; null until then.</summary>
    private static int? AnswerEnd(ReadOnlySpan<byte> received)
    {
        var headersEnd = received.IndexOf("\r\n\r\n"u8);
        if (headersEnd < 0)
        {
            return null;
        }

        var headers = Encoding.ASCII.GetString(received[..headersEnd]);
        foreach (var line in headers.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return headersEnd + 4 + int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var last = received.IndexOf("\r\n0\r\n\r\n"u8);
        return last < 0 ? null : last + 7;
    }
}
