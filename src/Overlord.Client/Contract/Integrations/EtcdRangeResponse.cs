namespace Overlord.Client.Contract;

/// <summary>etcd's answer to <c>kv/range</c>: <c>kvs</c> is left out when nothing matched.</summary>
public sealed record EtcdRangeResponse
{
    public IReadOnlyList<EtcdKeyValue>? Kvs { get; init; }
}

/// <summary>One pair of a range answer, both in base64; etcd leaves <c>value</c> out when it is empty.</summary>
public sealed record EtcdKeyValue
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
