using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The body of a queued job; its concrete type gives the job's kind.</summary>
public abstract record JobPayload
{
    [JsonIgnore]
    public abstract JobKind Kind { get; }
}
