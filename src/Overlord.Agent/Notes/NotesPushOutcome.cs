namespace Overlord.Agent.Notes;

/// <summary>How a notes push ended.</summary>
public enum NotesPushOutcome
{
    /// <summary>The remote has every local note.</summary>
    Pushed,

    /// <summary>There is no local notes ref yet.</summary>
    NothingToPush,

    /// <summary>Other writers won every race until the attempts ran out; try again at the next sync.</summary>
    GaveUp,

    /// <summary>A failure no retry fixes (authentication, a missing remote, a refused merge).</summary>
    Failed,
}
