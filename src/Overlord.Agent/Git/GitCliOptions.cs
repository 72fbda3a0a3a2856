namespace Overlord.Agent.Git;

/// <summary>Which repository a <see cref="GitCli"/> works on, and how it runs git.</summary>
public sealed record GitCliOptions
{
    /// <summary>The git directory: a bare cache clone, or the <c>.git</c> folder of a clone.</summary>
    public required string RepositoryPath { get; init; }

    public string GitExecutable { get; init; } = "git";

    public string RemoteName { get; init; } = "origin";

    public GitIdentity Identity { get; init; } = GitIdentity.Default;

    /// <summary>Time limit of one git command; a fetch of a large repository is the slowest.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
