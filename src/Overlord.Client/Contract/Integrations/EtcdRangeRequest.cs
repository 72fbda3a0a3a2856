using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The body of etcd's v3 JSON gateway <c>kv/range</c> and <c>kv/deleterange</c>: <c>{"key": base64}</c> for one key,
/// with <c>range_end</c> (base64, exclusive) for every key up to it.
/// </summary>
public sealed record EtcdRangeRequest
{
    public required string Key { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RangeEnd { get; init; }
}
