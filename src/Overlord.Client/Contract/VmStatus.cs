using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The status of a VM's install and start (reference §11): operation RUNNING, COMPLETED, FAILED or NOOP;
/// <see cref="Output"/> is the installer's text output, <see cref="Exception"/> is set when the job crashed.
/// Fields are in the order the node writes them; output and exception are left out when there are none.
/// </summary>
public sealed record VmStatus
{
    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("output")]
    public string? Output { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("exception")]
    public ExceptionInfo? Exception { get; init; }

    /// <summary>Seconds since the status was written.</summary>
    [JsonPropertyName("last_update")]
    public double? LastUpdate { get; init; }

    [JsonPropertyName("job_id")]
    public long? JobId { get; init; }
}
