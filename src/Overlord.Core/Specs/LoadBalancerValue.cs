namespace Overlord.Core.Specs;

/// <summary>The value of a load-balancer rule: an integer, a string, or a range <c>[low, high]</c> of integers.</summary>
public sealed record LoadBalancerValue
{
    public long? Number { get; init; }

    public string? Text { get; init; }

    /// <summary>Both ends included, low ≤ high, both ≥ 0.</summary>
    public (long Low, long High)? Range { get; init; }
}
