using Overlord.Client.Contract;

namespace Overlord.Server.Jobs;

/// <summary>A row of the queue as an operator sees it (without the payload, whose environment may hold secrets).</summary>
public sealed record JobRecord(
    long Id,
    JobKind Kind,
    string Project,
    JobState State,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Message);
