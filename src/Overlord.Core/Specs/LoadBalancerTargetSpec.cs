namespace Overlord.Core.Specs;

/// <summary>One HAProxy frontend or backend and the rules on its statistics.</summary>
public sealed record LoadBalancerTargetSpec
{
    /// <summary>The frontend's or backend's name in HAProxy.</summary>
    public required string Name { get; init; }

    /// <summary><c>or</c> and/or <c>and</c> → metric name → rule, in file order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, LoadBalancerRule>> Rules { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, LoadBalancerRule>>();
}
