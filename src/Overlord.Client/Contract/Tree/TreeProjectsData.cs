using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The data of one node in a <c>projects</c> tree: <c>{"projects":{"web":{info...}}}</c>, every project with its info.</summary>
public sealed record TreeProjectsData
{
    [JsonPropertyName("projects")]
    public IReadOnlyDictionary<string, ProjectInfo> Projects { get; init; } = new Dictionary<string, ProjectInfo>();
}
