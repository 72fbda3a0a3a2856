using System.Text.Json;
using Microsoft.Extensions.Logging;
using Overlord.Client.Contract;

namespace Overlord.Server.Autoscale;

internal sealed partial class ProjectScaler
{
    /// <summary>Writes the replicated metadata to <paramref name="node"/>, then queues an up there; false when either failed.</summary>
    private async Task<bool> DeployAsync(ScaleRun run, IScaleNode node, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in run.Replication)
        {
            var written = await node.SetMetadataAsync(key, value, cancellationToken);
            if (!written.IsSuccess)
            {
                run.Logs.Add(ScaleLog.Failure(run.Project, node.Chain, written));
                return false;
            }
        }

        run.Logs.Add(ScaleLog.Metadata(run.Project, node.Chain, run.Replication.Count));
        var up = await node.UpProjectAsync(run.Project, run.UpRequest, cancellationToken);
        if (!up.IsSuccess)
        {
            run.Logs.Add(ScaleLog.Failure(run.Project, node.Chain, up));
            return false;
        }

        logger.LogInformation("Autoscale {Project}: up on {Node} as job {JobId}", run.Project, node, up.Value);
        run.Logs.Add(ScaleLog.Up(run.Project, node.Chain, up));
        return true;
    }

    /// <summary>
    /// Queues a down on <paramref name="node"/>, forced as a cleanup asks (<paramref name="cleanupForce"/>; null for
    /// a scale-down); false when it could not be queued.
    /// </summary>
    private async Task<bool> DestroyAsync(ScaleRun run, IScaleNode node, bool? cleanupForce, CancellationToken cancellationToken)
    {
        var down = await node.DownProjectAsync(run.Project, run.DownRequest(cleanupForce ?? false), cancellationToken);
        if (!down.IsSuccess)
        {
            run.Logs.Add(ScaleLog.Failure(run.Project, node.Chain, down));
            return false;
        }

        logger.LogInformation("Autoscale {Project}: down on {Node} as job {JobId}", run.Project, node, down.Value);
        run.Logs.Add(ScaleLog.Down(run.Project, node.Chain, cleanupForce, down));
        return true;
    }

    /// <summary>Step 9: an up on the bad nodes, in walk order, until <c>min</c> replicas are good or none is left.</summary>
    private async Task FillAsync(ScaleRun run, int good, IReadOnlyList<IScaleNode> bad, CancellationToken cancellationToken)
    {
        var min = run.Document.Scale.Replicas.Min;
        foreach (var node in bad)
        {
            if (await DeployAsync(run, node, cancellationToken) && ++good >= min)
            {
                return;
            }
        }

        run.Logs.Add(ScaleLog.Insufficient(run.Project, good, min));
    }

    /// <summary>
    /// Step 11: one replica fewer. The last good node in walk order goes first (the reverse of the order the
    /// bad nodes are filled in, so replicas stay on the first candidates and this node keeps its own); the
    /// original always removed this node's replica first.
    /// </summary>
    private async Task ScaleDownAsync(ScaleRun run, IReadOnlyList<IScaleNode> good, CancellationToken cancellationToken)
    {
        foreach (var node in good.Reverse())
        {
            if (await DestroyAsync(run, node, cleanupForce: null, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Step 7: a down (with the cleanup's <c>force</c>) on every candidate that still has the project. The keys
    /// go only once no candidate has it, none has a down pending or refused, and no node failed to answer.
    /// </summary>
    private async Task CleanupAsync(ScaleRun run, IReadOnlyList<NodeVerdict> verdicts, int failures, CancellationToken cancellationToken)
    {
        var force = ReadForce(await metadata.GetAsync(CleanupPrefix + run.Project, cancellationToken));
        var remaining = false;
        foreach (var verdict in verdicts.Where(verdict => verdict.Health != NodeHealth.Unknown))
        {
            if (verdict.Destroying)
            {
                remaining = true;
            }
            else if (verdict.HasProject)
            {
                await DestroyAsync(run, verdict.Node, force, cancellationToken);
                remaining = true;
            }
        }

        if (remaining)
        {
            return;
        }

        if (failures > 0)
        {
            run.Logs.Add(ScaleLog.CleanupKept(run.Project, failures));
            return;
        }

        metadata.Delete(KeyPrefix + run.Project);
        metadata.Delete(CleanupPrefix + run.Project);
        logger.LogInformation("Autoscale {Project}: cleaned up, autoscale metadata removed", run.Project);
        run.Logs.Add(ScaleLog.CleanupDone(run.Project));
    }

    /// <summary><c>{"force": bool}</c>; anything else means no force, as in the original.</summary>
    private static bool ReadForce(string? text)
    {
        try
        {
            return JsonSerializer.Deserialize(text ?? "{}", OverlordJson.Options.TypeInfo<AutoscaleCleanupDocument>())?.Force == true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
