namespace Overlord.Client.Contract;

/// <summary>etcd's <c>/version</c>: <c>etcdserver</c> tells which gateway path it serves.</summary>
public sealed record EtcdVersionResponse
{
    public string? Etcdserver { get; init; }
}
