namespace Overlord.Agent.Git;

/// <summary>Which repository a <see cref="GitRepository"/> works on, and as whom.</summary>
public sealed record GitRepositoryOptions
{
    /// <summary>The git directory: a bare cache clone, or the <c>.git</c> folder of a clone.</summary>
    public required string RepositoryPath { get; init; }

    public string RemoteName { get; init; } = "origin";

    public GitIdentity Identity { get; init; } = GitIdentity.Default;

    /// <summary>Time limit of one fetch or push; libgit2 stops the transfer at its next progress report after it.</summary>
    public TimeSpan TransferTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
