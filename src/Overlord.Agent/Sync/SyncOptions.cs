namespace Overlord.Agent.Sync;

/// <summary>What a manual sync may ask for (<c>overlord sync</c>, <c>POST /v1/agent/sync</c>).</summary>
public sealed record SyncOptions
{
    public static SyncOptions Default { get; } = new();

    /// <summary>A commit (or any revision git resolves after the fetch) instead of the branch head.</summary>
    public string? Revision { get; init; }

    /// <summary>Compute and return the plan; dispatch, persist and write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Destroy what left the repository in this sync, even with <c>agent.prune</c> off (and after a force push).</summary>
    public bool Prune { get; init; }

    /// <summary>Let this sync destroy more than a quarter of the deployed specs.</summary>
    public bool AllowMassPrune { get; init; }

    /// <summary>The caller waits for the sync's end instead of getting its id at once.</summary>
    public bool Wait { get; init; }

    /// <summary>Plain syncs (no option that changes what is done) fold into one another.</summary>
    public bool IsPlain => Revision is null && !DryRun && !Prune && !AllowMassPrune;
}
