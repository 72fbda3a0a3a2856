namespace Overlord.Core.Config;

/// <summary><c>polling</c>: how often each poller refreshes its cache, heartbeat and skew (reference sections 4 and 12).</summary>
public sealed record PollingConfig
{
    public const string SectionName = "polling";

    public AdaptivePollingConfig Adaptive { get; init; } = new();

    public TimeSpan JailStats { get; init; } = TimeSpan.FromSeconds(12);

    public TimeSpan JailInfo { get; init; } = TimeSpan.FromSeconds(8);

    public TimeSpan Projects { get; init; } = TimeSpan.FromSeconds(6);

    public TimeSpan Jails { get; init; } = TimeSpan.FromSeconds(4);

    public TimeSpan JailExtras { get; init; } = TimeSpan.FromSeconds(6);

    public TimeSpan ProjectInfo { get; init; } = TimeSpan.FromSeconds(9);

    public TimeSpan Autoscale { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often children are pinged; null (the default) turns the heartbeat off.</summary>
    public TimeSpan? Heartbeat { get; init; }

    public SkewRange Skew { get; init; } = new(TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(10));

    /// <summary>The narrow lists by default; a <c>polling</c> section without <c>keywords</c> gets every valid keyword.</summary>
    public PollingKeywords Keywords { get; init; } = PollingKeywords.Narrow;
}
