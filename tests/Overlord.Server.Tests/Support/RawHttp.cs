using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Overlord.Server.Tests.Support;

/// <summary>
/// One HTTP/1.1 exchange over a bare socket, for what HttpClient will not send: a body shorter than its
/// Content-Length, or one that trickles in. The body is sent while the answer is read, since the server may
/// answer before the body is complete.
/// </summary>
internal static class RawHttp
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<(int Status, string Body)> ExchangeAsync(Uri address, string head, Func<Stream, CancellationToken, Task> sendBody)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Limit);
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ReplaceLineEndings("\r\n") + "\r\n"), timeout.Token);
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var body = SendQuietlyAsync(sendBody, stream, sending.Token);
        try
        {
            return await ReadResponseAsync(stream, timeout.Token);
        }
        finally
        {
            await sending.CancelAsync();
            await body;
        }
    }

    private static async Task SendQuietlyAsync(Func<Stream, CancellationToken, Task> sendBody, Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            await sendBody(stream, cancellationToken);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The server answered (and may have closed the connection) before the body was complete.
        }
    }

    private static async Task<(int Status, string Body)> ReadResponseAsync(Stream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                throw new IOException("the connection closed before an answer");
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        var head = Encoding.ASCII.GetString([.. received.Take(headEnd)]).Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = head.Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var chunked = headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase);
        var length = headers.TryGetValue("Content-Length", out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : 0;
        var body = received.Skip(headEnd + 4).ToList();
        while (chunked ? !EndsWithLastChunk(body) : body.Count < length)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }

            body.AddRange(buffer.AsSpan(0, read));
        }

        var text = Encoding.UTF8.GetString([.. body]);
        return (status, chunked ? Unchunk(text) : text);
    }

    private static bool EndsWithLastChunk(List<byte> body) =>
        body.Count >= 5 && Encoding.ASCII.GetString([.. body.TakeLast(5)]) == "0\r\n\r\n";

    private static string Unchunk(string text)
    {
        var result = new StringBuilder();
        var at = 0;
        while (true)
        {
            var lineEnd = text.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = int.Parse(text[at..lineEnd], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return result.ToString();
            }

            result.Append(text, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int IndexOfHeadEnd(List<byte> received)
    {
        for (var i = 0; i + 3 < received.Count; i++)
        {
            if (received[i] == '\r' && received[i + 1] == '\n' && received[i + 2] == '\r' && received[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
