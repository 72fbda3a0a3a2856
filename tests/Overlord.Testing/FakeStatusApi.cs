using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Overlord.Testing;

/// <summary>A git host's commit status API on Kestrel: keeps what is posted and lists it back, newest first, as GitHub does.</summary>
public sealed class FakeStatusApi : IAsyncDisposable
{
    private FakeHttpHost? _host;
    private long _nextId;

    public ConcurrentQueue<(string Path, string? Authorization, JsonObject Body)> Posted { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>How many of the next posts are answered <see cref="RefusalStatusCode"/> without being kept.</summary>
    public int UnavailablePosts { get; set; }

    public int RefusalStatusCode { get; set; } = StatusCodes.Status503ServiceUnavailable;

    /// <summary>How many posts were refused.</summary>
    public int RefusedPosts { get; private set; }

    public static async Task<FakeStatusApi> StartAsync()
    {
        var api = new FakeStatusApi();
        api._host = await FakeHttpHost.StartAsync(app =>
        {
            app.MapPost("{**path}", api.PostAsync);
            app.MapGet("{**path}", api.List);
        });
        api.BaseUrl = api._host.Url;
        return api;
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task<IResult> PostAsync(HttpContext context, string path)
    {
        if (UnavailablePosts > 0)
        {
            UnavailablePosts--;
            RefusedPosts++;
            return Results.StatusCode(RefusalStatusCode);
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
        body["id"] = Interlocked.Increment(ref _nextId);
        Posted.Enqueue(("/" + path, context.Request.Headers.Authorization.ToString(), body));
        return Results.Created();
    }

    // Every status of every commit: enough for a writer that filters by context.
    private IResult List(string path) =>
        Results.Text(JsonSerializer.Serialize(Posted.Select(entry => entry.Body).Reverse()), "application/json");
}
