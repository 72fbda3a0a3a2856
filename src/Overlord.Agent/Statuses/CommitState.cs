namespace Overlord.Agent.Statuses;

/// <summary>The commit status states GitHub and Gitea share.</summary>
public enum CommitState
{
    Pending,
    Success,
    Failure,
    Error,
}
