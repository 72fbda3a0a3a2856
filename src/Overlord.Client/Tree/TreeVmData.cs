using System.Text.Json.Serialization;
using Overlord.Client.Contract;

namespace Overlord.Client.Tree;

/// <summary>The data of one node in a <c>vm</c> tree: <c>{"vm":{"vm1":{status}}}</c>.</summary>
public sealed record TreeVmData
{
    [JsonPropertyName("vm")]
    public IReadOnlyDictionary<string, VmStatus> Vm { get; init; } = new Dictionary<string, VmStatus>();
}
