namespace Overlord.Agent.Planning;

/// <summary>How a sync ended.</summary>
public enum SyncState
{
    /// <summary>The branch head was the last applied commit: nothing fetched, nothing recorded.</summary>
    UpToDate,

    /// <summary>Every step ended well (or there was nothing to do).</summary>
    Succeeded,

    /// <summary>At least one step failed; the others went on.</summary>
    Failed,

    /// <summary>Stopped before dispatching anything: it would have destroyed too much.</summary>
    Blocked,

    /// <summary>The sync itself broke (git unreachable, unknown revision); nothing was dispatched.</summary>
    Errored,

    /// <summary>A dry run: the plan was computed and nothing else was done.</summary>
    Planned,
}
