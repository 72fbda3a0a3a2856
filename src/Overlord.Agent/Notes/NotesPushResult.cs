namespace Overlord.Agent.Notes;

/// <summary>The end of a notes push: how it ended, after how many pushes, and git's complaint (credentials removed) if any.</summary>
public sealed record NotesPushResult(NotesPushOutcome Outcome, int Attempts, string? Error = null)
{
    public bool Succeeded => Outcome is NotesPushOutcome.Pushed or NotesPushOutcome.NothingToPush;
}
