using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Overlord.Server.Tests.Nodes;

/// <summary>
/// Holds every tree request it sees until <see cref="Expected"/> of them have arrived. If its parent asked
/// the children one after the other, the first would wait alone and give up after <see cref="Patience"/>,
/// answering 503: the test then sees a failed node. It proves the fan-out is parallel without timing it.
/// </summary>
internal sealed class TreeBarrier(int expected)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public int Expected { get; } = expected;

    public Action<IApplicationBuilder> Middleware => app => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/v1/tree", StringComparison.Ordinal))
        {
            if (Interlocked.Increment(ref _arrived) >= Expected)
            {
                _all.TrySetResult();
            }

            try
            {
                await _all.Task.WaitAsync(Patience, context.RequestAborted);
            }
            catch (TimeoutException)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync("""{"status_code":503,"message":"asked alone: the fan-out is not parallel"}""");
                return;
            }
        }

        await next(context);
    });
}
