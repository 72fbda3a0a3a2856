using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The answer to up, down, cancel and a VM create: <c>{"job_id":42}</c>, the id of the queued job.</summary>
public sealed record JobResponse : ApiResponse
{
    [JsonPropertyName("job_id")]
    public long? JobId { get; init; }
}
