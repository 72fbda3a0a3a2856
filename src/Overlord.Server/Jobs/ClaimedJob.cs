using Overlord.Client.Contract;

namespace Overlord.Server.Jobs;

/// <summary>A job a worker has claimed: running under <paramref name="Owner"/> for the <paramref name="Attempt"/>-th time.</summary>
public sealed record ClaimedJob(long Id, JobKind Kind, string Project, JobPayload Payload, int Attempt, string Owner);
