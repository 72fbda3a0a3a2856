namespace Overlord.Server.Chains;

/// <summary>overlord.yml's <c>autodisable</c> section (reference 4); times in seconds, defaults as the original.</summary>
public sealed record SmartTimeoutOptions
{
    /// <summary>Only hides disabled chains from <c>/v1/chains</c>; counting and refusal apply either way.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Failures from which a chain is disabled.</summary>
    public int Failures { get; init; } = 2;

    /// <summary>Base length of the disabled window.</summary>
    public int Interval { get; init; } = 60;

    /// <summary>Added to the window by each failure after the first.</summary>
    public int Increase { get; init; } = 60;

    /// <summary>The increase stops growing once it reaches this (<c>max-increase</c>).</summary>
    public int MaxIncrease { get; init; } = 1800;

    /// <summary>A disabled tail is not called at all; the refused call counts as a failure.</summary>
    public bool Strict { get; init; } = true;
}
