using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Overlord.Agent.Tests.Statuses;

/// <summary>A git host's commit status API on Kestrel: keeps what is posted and lists it back, newest first, as GitHub does.</summary>
internal sealed class FakeStatusApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _nextId;

    private FakeStatusApi(WebApplication app)
    {
        _app = app;
    }

    public ConcurrentQueue<(string Path, string? Authorization, JsonObject Body)> Posted { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>How many of the next posts are answered <see cref="RefusalStatusCode"/> without being kept.</summary>
    public int UnavailablePosts { get; set; }

    public int RefusalStatusCode { get; set; } = StatusCodes.Status503ServiceUnavailable;

    /// <summary>How many posts were refused.</summary>
    public int RefusedPosts { get; private set; }

    public static async Task<FakeStatusApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeStatusApi(app);
        app.MapPost("{**path}", api.PostAsync);
        app.MapGet("{**path}", api.List);
        await app.StartAsync(TestContext.Current.CancellationToken);
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return api;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

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
