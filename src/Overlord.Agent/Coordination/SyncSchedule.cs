namespace Overlord.Agent.Coordination;

/// <summary>When the next poll runs: the interval with about 10% jitter, so agents started together do not poll together.</summary>
public static class SyncSchedule
{
    public static TimeSpan NextDelay(TimeSpan interval, double random) => interval * (0.9 + (0.2 * random));

    public static TimeSpan NextDelay(TimeSpan interval) => NextDelay(interval, Random.Shared.NextDouble());
}
