namespace Overlord.Core.Specs;

/// <summary>A rule on one HAProxy metric: the value it is compared with, and an optional reset point.</summary>
public sealed record LoadBalancerRule
{
    public required LoadBalancerValue Value { get; init; }

    /// <summary>The counter is treated as zero again once it reaches this many.</summary>
    public long? Each { get; init; }
}
