using System.Text.Json.Serialization;
using Overlord.Core.Specs;

namespace Overlord.Client.Contract;

/// <summary>
/// One spec on one node: the chain path as the spec names it (<c>main</c>, <c>main.alpha</c>), the job id the node
/// answered with (null for work done at once, such as metadata writes), its state and the error when it failed.
/// </summary>
public sealed record TargetResult(
    string Chain,
    long? JobId,
    [property: JsonConverter(typeof(SnakeCaseEnumConverter<TargetState>))] TargetState State,
    string? Error = null)
{
    /// <summary>For an appConfig spec, the kind of spec its template rendered (what the node's job runs); null otherwise.</summary>
    [JsonConverter(typeof(SnakeCaseEnumConverter<SpecKind>))]
    public SpecKind? RenderedKind { get; init; }

    /// <summary>For an appConfig spec, the project or VM its template rendered; null otherwise.</summary>
    public string? RenderedName { get; init; }

    /// <summary>The node gave no answer at all (not even its labels): nothing was asked of it, and nothing is known of its deployment.</summary>
    public bool Unreached { get; init; }

    [JsonIgnore]
    public bool IsFinal => State != TargetState.Queued;

    /// <summary>The state as notes and the API write it.</summary>
    [JsonIgnore]
    public string StateText => State switch
    {
        TargetState.Queued => "QUEUED",
        TargetState.Succeeded => "DONE",
        TargetState.Failed => "FAILED",
        TargetState.TimedOut => "TIMEOUT",
        _ => throw new ArgumentOutOfRangeException(nameof(State), State, null),
    };
}
