namespace Overlord.Core.Specs;

/// <summary><c>autoScale.load-balancer</c>: rules on HAProxy frontend and/or backend statistics.</summary>
public sealed record LoadBalancerSpec
{
    public LoadBalancerTargetSpec? Frontend { get; init; }

    public LoadBalancerTargetSpec? Backend { get; init; }
}
