using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Overlord.Bench.Nodes;

/// <summary>
/// Middleware in front of the target node's own: notes when a metadata write (POST or PUT <c>/v1/metadata/KEY</c>)
/// arrives, on the bench's clock, so a webhook's send time and the write's arrival compare exactly.
/// </summary>
public sealed class WriteRecorder
{
    private TaskCompletionSource<long> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _writes;

    /// <summary>Metadata writes received so far.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Forgets earlier writes: <see cref="NextWriteAsync"/> then waits for the next one.</summary>
    public void Arm() => _next = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the first write since <see cref="Arm"/> arrived.</summary>
    public Task<long> NextWriteAsync(CancellationToken cancellationToken) => _next.Task.WaitAsync(cancellationToken);

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.Request;
        if ((HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)) && request.Path.StartsWithSegments("/v1/metadata", StringComparison.Ordinal))
        {
            var arrived = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _writes);
            _next.TrySetResult(arrived);
        }

        return next(context);
    }
}
