using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/project/jobs/{p}</c>: the project's latest jobs, oldest first (<c>{"jobs":[...]}</c>).</summary>
public sealed record ProjectJobsResponse : ApiResponse
{
    [JsonPropertyName("jobs")]
    public IReadOnlyList<ProjectJob> Jobs { get; init; } = [];
}
