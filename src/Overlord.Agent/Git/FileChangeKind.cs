namespace Overlord.Agent.Git;

/// <summary>What happened to one path between two trees (git diff --name-status letters).</summary>
public enum FileChangeKind
{
    Added,
    Modified,
    Deleted,
    TypeChanged,
    Unmerged,
    Unknown,
}
