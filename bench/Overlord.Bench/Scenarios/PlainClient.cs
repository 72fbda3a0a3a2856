using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Overlord.Bench.Nodes;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// The one-node get-info as the plainest keep-alive client sends it: one socket, a fixed HTTP/1.1 request written
/// and its answer read synchronously, as Python's http.client would. The bench's own client must stay within 2×
/// of it, or the tree ÷ one node ratio would measure the client.
/// </summary>
public sealed class PlainClient : IDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _request;
    private readonly byte[] _buffer = new byte[1 << 16];

    private PlainClient(Socket socket, byte[] request) => (_socket, _request) = (socket, request);

    public static async Task<PlainClient> ConnectAsync(ServedNode node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        var address = new Uri(node.Address);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(address.Host, address.Port, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var request = Encoding.ASCII.GetBytes(
            $"GET /v1/tree/projects HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {node.Token}\r\nAccept: application/json\r\n\r\n");
        return new PlainClient(socket, request);
    }

    /// <summary>One call, timed; fails the bench unless the node answered 200.</summary>
    public Task<TimeSpan> CallAsync(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled<TimeSpan>(cancellationToken) : Task.FromResult(Exchange(_socket, _request, _buffer));

    public void Dispose() => _socket.Dispose();

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
