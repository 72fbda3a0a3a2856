namespace Overlord.Agent.Convergence;

/// <summary>When a failed spec is tried again on a node: 30 s after the first failure, doubling up to 30 min (issue 9).</summary>
public static class RetryBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(30);

    /// <summary>The wait after the <paramref name="attempts"/>-th failure in a row (1 for the first).</summary>
    public static TimeSpan After(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 16);
        var wait = First * Math.Pow(2, doublings);
        return wait > Longest ? Longest : wait;
    }
}
