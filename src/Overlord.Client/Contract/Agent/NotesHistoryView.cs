namespace Overlord.Client.Contract;

/// <summary>The answer of <c>GET /v1/agent/history</c>: what the notes say, per commit, newest first.</summary>
public sealed record NotesHistoryView(IReadOnlyList<CommitNotesView> Commits)
{
    public int StatusCode { get; init; } = 200;
}

