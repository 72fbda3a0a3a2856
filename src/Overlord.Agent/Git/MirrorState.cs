namespace Overlord.Agent.Git;

/// <summary>What <see cref="GitCli.EnsureMirrorAsync"/> found and did.</summary>
public enum MirrorState
{
    Created,
    Existing,
    RemoteChanged,
}
