using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

// The entries of an autoscale status's "logs", one record per shape the original wrote. Keys are written in
// declaration order, the original's; a key the original wrote as null (a chain-less replica's "chain", the
// metadata entry's "response") is written as null, not left out.

/// <summary>The autoscale metadata was written to a node: <c>{project, chain, context: "metadata", length, response: null}</c>.</summary>
public sealed record ScaleMetadataLog
{
    public required string Project { get; init; }

    public required string? Chain { get; init; }

    public string Context { get; } = "metadata";

    public required int Length { get; init; }

    /// <summary>Always null: the original logged no answer for the write.</summary>
    public string? Response { get; }
}

/// <summary>
/// An up or a down was queued: <c>{project, chain, [force], context, response: {status_code, job_id}}</c>. <c>force</c>
/// is written only for the downs of a cleanup, as the original did.
/// </summary>
public sealed record ScaleJobLog
{
    public required string Project { get; init; }

    public required string? Chain { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Force { get; init; }

    public required string Context { get; init; }

    public required ScaleJobAnswer Response { get; init; }
}

/// <summary>The node's answer to a queued up or down, as the API wrote it: <c>status_code</c> first, then <c>job_id</c>.</summary>
public sealed record ScaleJobAnswer
{
    public required int StatusCode { get; init; }

    public required long JobId { get; init; }
}

/// <summary>A rule test on a replica (rctl, economy or load-balancer): <c>{project, chain, context, response}</c>, true when there is no pressure.</summary>
public sealed record ScaleTestLog
{
    public required string Project { get; init; }

    public required string? Chain { get; init; }

    public required string Context { get; init; }

    public required bool Response { get; init; }
}

/// <summary>A replica's failure: <c>{project, chain, exception: {type, message}}</c>.</summary>
public sealed record ScaleExceptionLog
{
    public required string Project { get; init; }

    public required string? Chain { get; init; }

    public required ExceptionInfo Exception { get; init; }
}

/// <summary>A failure of the whole project (bad metadata, a cycle that ran out of time): <c>{exception: {type, message}}</c>.</summary>
public sealed record ScaleProjectExceptionLog
{
    public required ExceptionInfo Exception { get; init; }
}

/// <summary>Too few nodes answered to replicate the project: <c>{project, nodes, min, response}</c>.</summary>
public sealed record ScaleInsufficientLog
{
    public required string Project { get; init; }

    public required int Nodes { get; init; }

    public required long Min { get; init; }

    public required string Response { get; init; }
}

/// <summary>A cleanup's outcome: <c>{project, [fails], context: "destroy", response}</c>, <c>fails</c> when it kept the metadata.</summary>
public sealed record ScaleCleanupLog
{
    public required string Project { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Fails { get; init; }

    public string Context { get; } = "destroy";

    public required string Response { get; init; }
}
