using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Overlord.Testing;

/// <summary>
/// An HTTP/1.1 request written on a bare socket, so a test controls exactly how much of the body is sent: the
/// headers and the first bytes of a body that then never completes, or a large body generated as it is written,
/// and the answer read while the body is still pending.
/// </summary>
public sealed class RawHttpRequest : IAsyncDisposable
{
    private static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(30);

    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly CancellationToken _cancellationToken;

    private RawHttpRequest(TcpClient client, CancellationToken cancellationToken)
    {
        _client = client;
        _stream = client.GetStream();
        _cancellationToken = cancellationToken;
    }

    /// <summary>Connects, sends the request line and headers (with <paramref name="contentLength"/>) and <paramref name="bodyStart"/>.</summary>
    public static async Task<RawHttpRequest> StartAsync(
        Uri server, string path, IEnumerable<(string Name, string Value)> headers, long contentLength, byte[] bodyStart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(headers);
        var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellationToken);
        var request = new RawHttpRequest(client, cancellationToken);
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        await request._stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellationToken);
        await request._stream.WriteAsync(bodyStart, cancellationToken);
        await request._stream.FlushAsync(cancellationToken);
        return request;
    }

    /// <summary>
    /// Writes <paramref name="count"/> more body bytes from one reused 64 KiB buffer, so a test never holds the body.
    /// Stops early, without failing, when the server closed the connection; returns how many bytes went out.
    /// </summary>
    public async Task<long> SendGeneratedBodyAsync(long count)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        long sent = 0;
        try
        {
            while (sent < count)
            {
                var length = (int)Math.Min(chunk.Length, count - sent);
                await _stream.WriteAsync(chunk.AsMemory(0, length), _cancellationToken);
                sent += length;
            }
        }
        catch (IOException)
        {
            // The server answered and closed the connection without reading the rest: what a refusal should do.
        }

        return sent;
    }

    /// <summary>Reads the answer's status code and whole text (head and body), waiting at most 30 seconds.</summary>
    public async Task<(int StatusCode, string Text)> ReadAnswerAsync()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
        deadline.CancelAfter(AnswerDeadline);
        using var received = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var read = await _stream.ReadAsync(buffer, deadline.Token);
            received.Write(buffer, 0, read);
            var text = Encoding.UTF8.GetString(received.ToArray());
            var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd >= 0 && (read == 0 || HasWholeBody(text, headEnd)))
            {
                return (int.Parse(text.Split(' ')[1], CultureInfo.InvariantCulture), text);
            }

            if (read == 0)
            {
                throw new IOException("the connection closed before an answer came: " + text);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }

    private static bool HasWholeBody(string text, int headEnd)
    {
        var head = text[..headEnd];
        var body = text[(headEnd + 4)..];
        var lengthLine = head.Split("\r\n").FirstOrDefault(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (lengthLine is not null)
        {
            return Encoding.UTF8.GetByteCount(body) >= int.Parse(lengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        }

        // Chunked: the last chunk is "0\r\n\r\n".
        return body.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }
}
