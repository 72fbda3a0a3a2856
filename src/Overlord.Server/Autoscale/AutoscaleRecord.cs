using System.Text.Json;
using Overlord.Client.Contract;

namespace Overlord.Server.Autoscale;

/// <summary>
/// What the autoscaler keeps per project in the node's database: the last cycle's operation (RUNNING,
/// COMPLETED or FAILED), the ring of the latest log entries, when it was written, and the hash of the
/// autoscale metadata the last completed cycle handled (null when none has completed).
/// </summary>
internal sealed record AutoscaleRecord(string Operation, IReadOnlyList<JsonElement> Logs, DateTimeOffset LastUpdate, string? MetadataHash)
{
    public const string Running = "RUNNING";
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";

    /// <summary>A project the autoscaler has not seen yet.</summary>
    public static AutoscaleRecord New(DateTimeOffset now) => new(Running, [], now, null);

    /// <summary>
    /// The status as <c>GET project/autoscale/{p}</c> shows it, <c>last_update</c> in seconds ago. The keys come in
    /// the original's order (it saved <c>{last_update, operation, logs}</c> and rewrote <c>last_update</c> in place),
    /// which clients that print the status as it comes show (issue 10).
    /// </summary>
    public AutoscaleStatus ToStatus(DateTimeOffset now) => new()
    {
        LastUpdate = Math.Max(0, (now - LastUpdate).TotalSeconds),
        Operation = Operation,
        Logs = Logs,
    };
}
