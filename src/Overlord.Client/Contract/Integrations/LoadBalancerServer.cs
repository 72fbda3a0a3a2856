namespace Overlord.Client.Contract;

/// <summary>
/// The fields of a server that Overlord sets in the load balancer's body: <c>{"name", "address", "port"}</c>. The
/// service's <c>.set.*</c> labels add others around them.
/// </summary>
public sealed record LoadBalancerServer
{
    public required string Name { get; init; }

    public required string Address { get; init; }

    public required int Port { get; init; }
}
