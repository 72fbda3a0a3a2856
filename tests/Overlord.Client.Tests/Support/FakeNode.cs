using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Overlord.Client.Http;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Client.Tests.Support;

/// <summary>
/// A Kestrel app on 127.0.0.1:0 that answers like the original node: scripted routes give canned bodies
/// (written as Tornado writes them), a request without <c>Authentication</c> gets the original's 401, an
/// unknown path its 404. Every request is recorded with its headers and body.
/// </summary>
internal sealed class FakeNode : IAsyncDisposable
{
    public const string Token = "eyJhbGciOiJIUzI1NiJ9.e30.c2VjcmV0LXNpZ25hdHVyZQ";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<Canned>> _scripts = new(StringComparer.Ordinal);
    private readonly List<HttpClient> _clients = [];
    private FakeHttpHost? _host;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FakeNode> StartAsync(X509Certificate2? certificate = null)
    {
        var node = new FakeNode();
        node._host = await FakeHttpHost.StartAsync(node.AnswerAsync, certificate);
        node.BaseAddress = node._host.BaseAddress;
        return node;
    }

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with each canned answer in turn; the last one repeats.</summary>
    public void On(string method, string path, params Canned[] answers) =>
        _scripts[$"{method} {path}"] = new ConcurrentQueue<Canned>(answers);

    public RecordedRequest[] RequestsTo(string path) => [.. Requests.Where(r => r.Path == path)];

    public OverlordClient Client(ClientOptions? options = null, ClientOptions? handlerOptions = null)
    {
        var http = handlerOptions is null
            ? new HttpClient { BaseAddress = BaseAddress }
            : Http.HttpClientFactory.Create(handlerOptions, BaseAddress);
        lock (_clients)
        {
            _clients.Add(http);
        }

        return new OverlordClient(http, new Secret(Token), options ?? TestOptions.Fast);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_clients)
        {
            _clients.ForEach(client => client.Dispose());
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var path = context.Request.Path.Value ?? "";
        Requests.Enqueue(new RecordedRequest(context.Request.Method, path, context.Request.QueryString.Value ?? "", headers, body));

        var answer = Pick($"{context.Request.Method} {path}") ?? (headers.ContainsKey("Authentication")
            ? new Canned(404, """{"status_code": 404, "message": "Resource not found."}""")
            : new Canned(401, """{"status_code": 401, "message": "'Authentication' header is required but hasn't been specified."}"""));

        if (answer.Delay > TimeSpan.Zero)
        {
            await Task.Delay(answer.Delay, context.RequestAborted);
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body is not null && !HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    private Canned? Pick(string key)
    {
        if (!_scripts.TryGetValue(key, out var queue))
        {
            return null;
        }

        if (queue.Count > 1 && queue.TryDequeue(out var next))
        {
            return next;
        }

        return queue.TryPeek(out var last) ? last : null;
    }
}
