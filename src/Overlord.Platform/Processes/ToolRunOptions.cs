namespace Overlord.Platform.Processes;

/// <summary>How to run a tool: working directory, extra environment, input and time limit.</summary>
public sealed record ToolRunOptions
{
    public string? WorkingDirectory { get; init; }

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string? StandardInput { get; init; }

    public TimeSpan? Timeout { get; init; }

    /// <summary>How long a cancelled or timed-out tool has between SIGTERM and SIGKILL; zero kills at once.</summary>
    public TimeSpan StopGrace { get; init; } = DefaultStopGrace;

    /// <summary>Enough for a short tool to clean up; Director and the VM installers get the node's <c>stop_grace</c>.</summary>
    public static readonly TimeSpan DefaultStopGrace = TimeSpan.FromSeconds(10);
}
