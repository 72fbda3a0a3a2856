namespace Overlord.Client.Contract;

/// <summary>The body of etcd's v3 JSON gateway <c>kv/put</c>: <c>{"key": base64, "value": base64}</c>.</summary>
public sealed record EtcdPutRequest
{
    public required string Key { get; init; }

    public required string Value { get; init; }
}
