using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overlord.Core.Chains;

namespace Overlord.Server.Tests.Support;

/// <summary>
/// A child node on Kestrel at 127.0.0.1 that answers every route: 503 (a plain message, not a chain error
/// envelope, so the parent retries it) for the first <c>failures</c> requests, then 200. It records the
/// <c>X-Overlord-Deadline</c> each attempt came with.
/// </summary>
internal sealed class FlakyChild : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private FlakyChild(WebApplication app, int failures)
    {
        _app = app;
        _failuresLeft = failures;
    }

    /// <summary>Each attempt's deadline header, in arrival order (null when an attempt came without one).</summary>
    public ConcurrentQueue<string?> Deadlines { get; } = new();

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static async Task<FlakyChild> StartAsync(int failures)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var child = new FlakyChild(app, failures);
        app.Run(child.AnswerAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        child.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return child;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        Deadlines.Enqueue(context.Request.Headers[OverlordHeaders.Deadline].FirstOrDefault());
        var failing = Interlocked.Decrement(ref _failuresLeft) >= 0;
        context.Response.StatusCode = failing ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(
            failing ? """{"status_code":503,"message":"busy"}""" : """{"status_code":200,"message":"pong"}""",
            context.RequestAborted);
    }
}
