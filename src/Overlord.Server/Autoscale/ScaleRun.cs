using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Server.Jobs;

namespace Overlord.Server.Autoscale;

/// <summary>One project in one cycle: its document, the metadata it replicates, and the log entries written so far.</summary>
internal sealed class ScaleRun(string project, AutoscaleDocument document)
{
    public string Project => project;

    public AutoscaleDocument Document => document;

    /// <summary><c>autoScale.metadata</c>: key → this node's value, written to a node before its up.</summary>
    public Dictionary<string, string> Replication { get; } = new(StringComparer.Ordinal);

    public List<JsonElement> Logs { get; } = [];

    public ProjectUpRequest UpRequest => new()
    {
        DirectorFile = document.ProjectFile,
        Environment = document.Environment,
        ReservePort = document.ReservePort,
    };

    public ProjectDownRequest DownRequest(bool force) => new() { Force = force, Environment = document.Environment };

    public ScaleResult Done() => new(Logs, null);

    public ScaleResult Fail(string type, string message)
    {
        Logs.Add(ScaleLog.Exception(type, message));
        return new ScaleResult(Logs, new ErrorInfo(type, message));
    }
}
