namespace Overlord.Agent.Git;

/// <summary>One commit of a log walk.</summary>
public sealed record GitCommitInfo(string Sha, IReadOnlyList<string> Parents, DateTimeOffset CommittedAt, string Subject);
