using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The data of one node in a <c>metadata</c> tree: <c>{"metadata":{"key":"value",...}}</c>.</summary>
public sealed record TreeMetadataData
{
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}
