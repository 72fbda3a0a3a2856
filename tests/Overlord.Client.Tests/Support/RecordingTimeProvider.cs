using System.Collections.Concurrent;

namespace Overlord.Client.Tests.Support;

/// <summary>
/// A clock whose timers fire at once while recording how long they were asked to wait, so a test can
/// check a retry's wait (e.g. a Retry-After) without waiting it.
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    public ConcurrentQueue<TimeSpan> RequestedWaits { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            RequestedWaits.Enqueue(dueTime);
            dueTime = TimeSpan.Zero;
        }

        return System.CreateTimer(callback, state, dueTime, period);
    }
}
