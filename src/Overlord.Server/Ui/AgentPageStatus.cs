namespace Overlord.Server.Ui;

/// <summary>
/// The agent as the status page shows it: what it watches (the repository without credentials), how far it got,
/// each spec on each node, the last commits with their notes.
/// </summary>
public sealed record AgentPageStatus(
    string Repository,
    string Branch,
    string? LastAppliedCommit,
    string? BranchHead,
    string? LastSync,
    IReadOnlyList<AgentPagePair> Pairs,
    IReadOnlyList<AgentPageCommit> Commits);

/// <summary>One spec on one node (<see cref="Node"/> is its chain path, "" for the agent's node) and its sync status.</summary>
public sealed record AgentPagePair(string Spec, string Node, string Status, string? Detail);

/// <summary>One commit of the watched branch, newest first, with the note lines the agent wrote on it.</summary>
public sealed record AgentPageCommit(string Sha, string Subject, IReadOnlyList<string> Notes);
