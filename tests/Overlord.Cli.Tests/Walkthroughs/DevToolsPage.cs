using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// A minimal client of the Chrome DevTools protocol for one page: a command goes out with its id, and the answer
/// with that id comes back (events in between are skipped).
/// </summary>
internal sealed class DevToolsPage : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private int _nextId;

    private DevToolsPage(ClientWebSocket socket) => _socket = socket;

    public static async Task<DevToolsPage> ConnectAsync(Uri webSocket, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(webSocket, cancellationToken);
        return new DevToolsPage(socket);
    }

    /// <summary>Runs a command and returns its <c>result</c>; a protocol error fails the test with its message.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(HeadlessChromium.Patience);
        cancellationToken = limit.Token;
        var id = ++_nextId;
        var command = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(command.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        while (true)
        {
            using var message = JsonDocument.Parse(await ReceiveAsync(cancellationToken));
            var root = message.RootElement;
            if (root.TryGetProperty("id", out var answered) && answered.GetInt32() == id)
            {
                Assert.False(root.TryGetProperty("error", out var error), $"{method}: {error}");
                return root.GetProperty("result").Clone();
            }
        }
    }

    /// <summary>A JavaScript expression's value in the page, as JSON (awaiting it when it is a promise).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync(
            "Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, cancellationToken);
        Assert.False(result.TryGetProperty("exceptionDetails", out var exception), $"{expression}: {exception}");
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    public async Task<string> EvaluateStringAsync(string expression, CancellationToken cancellationToken) =>
        (await EvaluateAsync(expression, cancellationToken)) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : "";

    private async Task<byte[]> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(chunk, cancellationToken);
            Assert.NotEqual(WebSocketMessageType.Close, received.MessageType);
            buffer.Write(chunk, 0, received.Count);
        }
        while (!received.EndOfMessage);
        return buffer.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, limit.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The browser went first.
            }
        }

        _socket.Dispose();
    }
}
