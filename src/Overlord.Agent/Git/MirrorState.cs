namespace Overlord.Agent.Git;

/// <summary>What <see cref="GitRepository.EnsureMirrorAsync"/> found and did.</summary>
public enum MirrorState
{
    Created,
    Existing,
    RemoteChanged,
}
