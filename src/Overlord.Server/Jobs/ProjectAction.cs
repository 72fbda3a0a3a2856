namespace Overlord.Server.Jobs;

/// <summary>Which of a project's two statuses: the last up (apply) or the last down (destroy).</summary>
public enum ProjectAction
{
    Up,
    Down,
}
