namespace Overlord.Server.Jobs;

/// <summary>How the node runs jobs (overlord.yml's <c>max_watch_commands</c> and <c>execution_time</c>).</summary>
public sealed record JobOptions
{
    public static readonly TimeSpan DefaultExecutionTime = TimeSpan.FromSeconds(10800);

    /// <summary>Up/down jobs of different projects that may run at once (<c>max_watch_commands</c>; default CPU count).</summary>
    public int MaxConcurrentJobs { get; init; } = Environment.ProcessorCount;

    /// <summary>A job still running after this long is stopped and recorded FAILED (<c>execution_time</c>; null: no limit).</summary>
    public TimeSpan? ExecutionTime { get; init; } = DefaultExecutionTime;

    /// <summary>
    /// What a cancelled job's tools get between SIGTERM and SIGKILL (<c>stop_grace</c>); a cancel waits that long,
    /// and a little more, for the up it cancels to end.
    /// </summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Starts after which a job left running by a dead node is failed instead of run again.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>How often the worker looks for jobs when nothing has signalled it (jobs enqueued by another process).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Exported to projects as <c>OVERLORD_METADATA</c> when set.</summary>
    public string? MetadataDirectory { get; init; }

    /// <summary>Exported to projects as <c>OVERLORD_NAMESPACES</c> when set.</summary>
    public string? NamespacesDirectory { get; init; }
}
