namespace Overlord.Core.Config;

/// <summary><c>polling.adaptive</c>: how pollers slow down on an idle node (reference section 12).</summary>
public sealed record AdaptivePollingConfig
{
    public const string SectionName = "adaptive";

    /// <summary>Poll normally while the last access is younger than this.</summary>
    public TimeSpan PollWindow { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>The first idle interval.</summary>
    public TimeSpan MaxIdle { get; init; } = TimeSpan.FromSeconds(900);

    /// <summary>What each idle poll adds to the interval.</summary>
    public TimeSpan IdlePenalty { get; init; } = TimeSpan.FromSeconds(900);

    /// <summary>The longest interval.</summary>
    public TimeSpan MaxIdlePenalty { get; init; } = TimeSpan.FromSeconds(86400);
}
