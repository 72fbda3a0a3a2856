using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The status of the last up or down of a project (reference §8), e.g.
/// <c>{"operation":"COMPLETED","output":{"rc":0,"stdout":{...},"stderr":""},"last_update":182.5,"job_id":7,"restarted":false,"labels":{...}}</c>.
/// Operations: RUNNING, COMPLETED, INCOMPLETED, FAILED. While RUNNING there is no output. Fields are in the
/// order the node writes them; the optional ones are left out when there are none.
/// </summary>
public sealed record OperationStatus
{
    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("output")]
    public OperationOutput? Output { get; init; }

    /// <summary>Seconds since the status was written (the API turns the stored time into an age).</summary>
    [JsonPropertyName("last_update")]
    public double? LastUpdate { get; init; }

    [JsonPropertyName("job_id")]
    public long? JobId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("restarted")]
    public bool? Restarted { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Set when the job failed with an exception (e.g. no free port for <c>reserve_port</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("exception")]
    public ExceptionInfo? Exception { get; init; }

    /// <summary>What the special labels (load balancer, SkyDNS) reported.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("labels")]
    public SpecialLabelsReport? Labels { get; init; }
}
