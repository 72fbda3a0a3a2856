using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// A minimal client of the Chrome DevTools protocol for one page: a command goes out with its id, and the answer
/// with that id comes back (events in between are skipped). Every call is bounded by the token it is given.
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

    /// <summary>Runs a command and returns its <c>result</c>; a protocol error throws <see cref="DevToolsException"/> with its message.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = ++_nextId;
        var command = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(command.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        while (true)
        {
            using var message = JsonDocument.Parse(await ReceiveAsync(cancellationToken));
            var root = message.RootElement;
            if (root.TryGetProperty("id", out var answered) && answered.GetInt32() == id)
            {
                return root.TryGetProperty("error", out var error)
                    ? throw new DevToolsException($"{method}: {error}")
                    : root.GetProperty("result").Clone();
            }
        }
    }

    /// <summary>A JavaScript expression's value in the page as a string; an exception in the page throws <see cref="DevToolsException"/>.</summary>
    public async Task<string> EvaluateStringAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync(
            "Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new DevToolsException($"{expression}: {exception}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
    }

    /// <summary>
    /// As <see cref="EvaluateStringAsync"/>, or null while the page is between documents (a navigation or a form's
    /// submission destroys the context the expression ran in): for a condition polled until it holds.
    /// </summary>
    public async Task<string?> TryEvaluateStringAsync(string expression, CancellationToken cancellationToken)
    {
        try
        {
            return await EvaluateStringAsync(expression, cancellationToken);
        }
        catch (DevToolsException)
        {
            return null;
        }
    }

    /// <summary>A PNG of the whole page at <paramref name="width"/> CSS pixels (mobile: as a phone lays it out).</summary>
    public async Task<byte[]> ScreenshotAsync(int width, int height, bool mobile, CancellationToken cancellationToken)
    {
        await SetViewportAsync(width, height, mobile, cancellationToken);
        var full = int.Parse(await EvaluateStringAsync("String(document.documentElement.scrollHeight)", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await SetViewportAsync(width, Math.Clamp(full, height, 8000), mobile, cancellationToken);
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, cancellationToken);
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }

    public Task SetViewportAsync(int width, int height, bool mobile, CancellationToken cancellationToken) =>
        SendAsync(
            "Emulation.setDeviceMetricsOverride",
            new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = mobile },
            cancellationToken);

    private async Task<byte[]> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(chunk, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("chromium closed the DevTools connection");
            }

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
