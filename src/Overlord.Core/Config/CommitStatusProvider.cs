namespace Overlord.Core.Config;

/// <summary>The git host the agent posts commit statuses to.</summary>
public enum CommitStatusProvider
{
    /// <summary>GitHub (<c>POST /repos/{owner}/{repo}/statuses/{sha}</c>).</summary>
    GitHub,

    /// <summary>Gitea or Forgejo (<c>POST /api/v1/repos/{owner}/{repo}/statuses/{sha}</c>).</summary>
    Gitea,
}
