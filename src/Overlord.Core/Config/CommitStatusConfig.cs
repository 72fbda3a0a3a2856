namespace Overlord.Core.Config;

/// <summary><c>agent.commit_status</c>: post the result of each sync as a commit status.</summary>
public sealed record CommitStatusConfig
{
    public const string SectionName = "commit_status";

    /// <summary>GitHub's API, the default <see cref="ApiUrl"/> for <see cref="CommitStatusProvider.GitHub"/>.</summary>
    public const string GitHubApiUrl = "https://api.github.com";

    public required CommitStatusProvider Provider { get; init; }

    /// <summary>The API's base URL (<c>https://gitea.example.org</c> for Gitea, which has no default).</summary>
    public required string ApiUrl { get; init; }

    public required Secret Token { get; init; }
}
