namespace Overlord.Agent.Git;

/// <summary>One changed path. A rename is reported as a deletion of the old path plus an addition of the new one.</summary>
public sealed record FileChange(FileChangeKind Kind, string Path);
