namespace Overlord.Runtime.ProcessDriver;

/// <summary>Exponential restart delays: doubled after each death, capped, and reset after a stable run.</summary>
internal sealed class RestartBackoff(ProcessRuntimeOptions options)
{
    private TimeSpan _next = options.RestartDelay;

    /// <summary>The wait before the next restart of a process that ran for <paramref name="ranFor"/>.</summary>
    public TimeSpan NextDelay(TimeSpan ranFor)
    {
        if (ranFor >= options.StableRunTime)
        {
            _next = options.RestartDelay;
        }

        var delay = _next;
        var doubled = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, options.MaxRestartDelay.Ticks));
        _next = doubled > TimeSpan.Zero ? doubled : options.RestartDelay;
        return delay < options.MaxRestartDelay ? delay : options.MaxRestartDelay;
    }
}
