using System.Net.Sockets;
using System.Text;

namespace Overlord.Agent.Tests.Support;

/// <summary>
/// An HTTP/1.1 request written on a bare socket, so a test controls exactly how much of the body is sent: the
/// headers and the first bytes of a body that then never completes, and the answer read while it is still pending.
/// </summary>
public sealed class RawHttpRequest : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private RawHttpRequest(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    /// <summary>Connects, sends the request line and headers (with <paramref name="contentLength"/>) and <paramref name="bodyStart"/>.</summary>
    public static async Task<RawHttpRequest> StartAsync(Uri server, string path, IEnumerable<(string Name, string Value)> headers, long contentLength, byte[] bodyStart)
    {
        var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, TestContext.Current.CancellationToken);
        var request = new RawHttpRequest(client);
        var head = new StringBuilder($"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append($"{name}: {value}\r\n");
        }

        await request._stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), TestContext.Current.CancellationToken);
        await request._stream.WriteAsync(bodyStart, TestContext.Current.CancellationToken);
        await request._stream.FlushAsync(TestContext.Current.CancellationToken);
        return request;
    }

    /// <summary>Reads the answer's status code and body, waiting at most 30 seconds (the body is never finished).</summary>
    public async Task<(int StatusCode, string Text)> ReadAnswerAsync()
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        var received = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var read = await _stream.ReadAsync(buffer, deadline.Token);
            received.Write(buffer, 0, read);
            var text = Encoding.UTF8.GetString(received.ToArray());
            var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd >= 0 && (read == 0 || HasWholeBody(text, headEnd)))
            {
                return (int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), text);
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
            return Encoding.UTF8.GetByteCount(body) >= int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }

        // Chunked: the last chunk is "0\r\n\r\n".
        return body.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }
}
