using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// One job of a project as <c>GET /v1/project/jobs/{p}</c> lists it: <c>{"job_id":12,"kind":"up","state":"running",...}</c>.
/// Kinds: up, down, cancel. States: queued, running, completed (ran to its end: the project status says how it
/// went), failed, cancelled.
/// </summary>
public sealed record ProjectJob
{
    [JsonPropertyName("job_id")]
    public long JobId { get; init; }

    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    [JsonPropertyName("state")]
    public string? State { get; init; }

    [JsonPropertyName("attempts")]
    public int? Attempts { get; init; }

    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; init; }

    [JsonPropertyName("started_at")]
    public string? StartedAt { get; init; }

    [JsonPropertyName("finished_at")]
    public string? FinishedAt { get; init; }

    /// <summary>Why the job failed or was cancelled.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>What the job wrote while it ran, oldest first.</summary>
    [JsonPropertyName("log")]
    public IReadOnlyList<ProjectJobLogLine> Log { get; init; } = [];
}
