using Overlord.Client.Contract;

namespace Overlord.Server.Jobs;

/// <summary>The words stored in the <c>jobs</c> table for kinds and states (lower case, stable across releases).</summary>
internal static class JobColumnNames
{
    public static string Of(JobKind kind) => kind switch
    {
        JobKind.Up => "up",
        JobKind.Down => "down",
        JobKind.Cancel => "cancel",
        JobKind.Vm => "vm",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(JobState state) => state switch
    {
        JobState.Queued => "queued",
        JobState.Running => "running",
        JobState.Completed => "completed",
        JobState.Failed => "failed",
        JobState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static JobKind KindOf(string value) => Enum.Parse<JobKind>(value, ignoreCase: true);

    public static JobState StateOf(string value) => Enum.Parse<JobState>(value, ignoreCase: true);
}
