using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Overlord.Core.Chains;

namespace Overlord.Server.Tests.Support;

/// <summary>
/// A child node on Kestrel at 127.0.0.1 that answers every route: 503 (a plain message, not a chain error
/// envelope, so the parent retries it) for the first <c>failures</c> requests, then 200. It records the
/// <c>X-Overlord-Deadline</c> each attempt came with.
/// </summary>
internal sealed class FlakyChild : IAsyncDisposable
{
    private FakeHttpHost? _host;
    private int _failuresLeft;

    private FlakyChild(int failures)
    {
        _failuresLeft = failures;
    }

    /// <summary>Each attempt's deadline header, in arrival order (null when an attempt came without one).</summary>
    public ConcurrentQueue<string?> Deadlines { get; } = new();

    public Uri Address => (_host ?? throw new InvalidOperationException("the child is not started")).BaseAddress;

    public static async Task<FlakyChild> StartAsync(int failures)
    {
        var child = new FlakyChild(failures);
        child._host = await FakeHttpHost.StartAsync(child.AnswerAsync);
        return child;
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;

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
