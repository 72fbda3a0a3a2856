using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The data of one node in a <c>vm</c> tree: <c>{"vm":{"vm1":{status}}}</c>.</summary>
public sealed record TreeVmData
{
    [JsonPropertyName("vm")]
    public IReadOnlyDictionary<string, VmStatus> Vm { get; init; } = new Dictionary<string, VmStatus>();
}
