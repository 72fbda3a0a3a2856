using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The status of a VM's install and start (reference §11): operation RUNNING, COMPLETED, FAILED or NOOP;
/// <see cref="Output"/> is the installer's text output, <see cref="Exception"/> is set when the job crashed.
/// </summary>
public sealed record VmStatus
{
    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    [JsonPropertyName("output")]
    public string? Output { get; init; }

    [JsonPropertyName("exception")]
    public ExceptionInfo? Exception { get; init; }

    [JsonPropertyName("job_id")]
    public long? JobId { get; init; }

    /// <summary>Seconds since the status was written.</summary>
    [JsonPropertyName("last_update")]
    public double? LastUpdate { get; init; }
}
