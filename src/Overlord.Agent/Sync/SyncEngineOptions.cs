namespace Overlord.Agent.Sync;

/// <summary>How the engine runs: who it signs notes as, how long it follows jobs, the node's environment.</summary>
public sealed record SyncEngineOptions
{
    /// <summary>The <c>agent</c> field of note lines.</summary>
    public required string AgentName { get; init; }

    /// <summary>How long one step's jobs are followed before they count as timed out.</summary>
    public TimeSpan JobTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How many steps of one phase are sent at once. Sending only queues the jobs: each node runs them within its own
    /// job limit, and they are followed one step after the other as before, so a wait's timeout means what it meant.
    /// </summary>
    public int DispatchConcurrency { get; init; } = 8;

    /// <summary>The node's environment, for <c>${NAME}</c> in specs (it wins over env files, as in the original).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
