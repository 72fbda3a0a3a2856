namespace Overlord.Client.Contract;

/// <summary>A commit on the watched branch that the agent has not applied yet, newest first.</summary>
public sealed record PendingCommitView(string Commit, string Subject, DateTimeOffset CommittedAt);
