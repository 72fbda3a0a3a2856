using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/projects</c>: the project names (<c>{"projects":[...]}</c>).</summary>
public sealed record ProjectsResponse : ApiResponse
{
    [JsonPropertyName("projects")]
    public IReadOnlyList<string> Projects { get; init; } = [];
}
