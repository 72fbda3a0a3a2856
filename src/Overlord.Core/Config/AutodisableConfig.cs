namespace Overlord.Core.Config;

/// <summary><c>autodisable</c>: the smart timeouts that put a failing child aside for a while (reference section 4).</summary>
public sealed record AutodisableConfig
{
    public const string SectionName = "autodisable";

    /// <summary>False only hides disabled chains from <c>/v1/chains</c>; counting and refusal still apply.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Failures before a chain is disabled.</summary>
    public int Failures { get; init; } = 2;

    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>What each further failure adds to the window.</summary>
    public TimeSpan Increase { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The window grows while its increase is below this (<c>max-increase</c>).</summary>
    public TimeSpan MaxIncrease { get; init; } = TimeSpan.FromSeconds(1800);

    /// <summary>Every request to a disabled chain counts as a new failure.</summary>
    public bool Strict { get; init; } = true;
}
