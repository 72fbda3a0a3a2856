using Microsoft.Extensions.Logging;
using Overlord.Server.Metadata;

namespace Overlord.Server.Autoscale;

/// <summary>
/// One project's part of a cycle (reference 9, steps 3 to 11): replicate its metadata, find and classify the
/// candidates, then either redeploy a changed spec, clean up, fill up to <c>min</c>, scale up by one under
/// pressure, or scale down by one.
/// </summary>
internal sealed partial class ProjectScaler(
    CandidateFinder finder, MetadataStore metadata, HaproxyStatsSource haproxy, ILogger<ProjectScaler> logger)
{
    /// <summary>Candidates asked at once.</summary>
    public const int MaxParallelNodes = 16;

    public const string KeyPrefix = "overlord.autoscale.";
    public const string CleanupPrefix = "overlord.autoscale-cleanup.";

    public async Task<ScaleResult> ScaleAsync(string project, AutoscaleDocument document, bool changed, CancellationToken cancellationToken)
    {
        var run = new ScaleRun(project, document);
        foreach (var key in document.Scale.Metadata)
        {
            if (await metadata.GetAsync(key, cancellationToken) is not { } value)
            {
                return run.Fail("MetadataNotFound", $"{key}: metadata not found.");
            }

            run.Replication[key] = value;
        }

        var candidates = await finder.FindAsync(document.Scale.Labels, cancellationToken);
        var verdicts = await ClassifyAsync(project, candidates.Nodes, cancellationToken);
        var failures = candidates.Failures + verdicts.Count(verdict => verdict.Health == NodeHealth.Unknown);
        var good = verdicts.Where(verdict => verdict.Health == NodeHealth.Good).Select(verdict => verdict.Node).ToList();
        var bad = verdicts.Where(verdict => verdict.Health == NodeHealth.Bad).Select(verdict => verdict.Node).ToList();
        logger.LogDebug("Autoscale {Project}: {Good} good, {Bad} bad, {Failures} failed", project, good.Count, bad.Count, failures);

        var cleanupKey = CleanupPrefix + project;
        if (changed && good.Count > 0)
        {
            // A new spec cancels an earlier destroy, as in the original.
            metadata.Delete(cleanupKey);
            foreach (var node in good)
            {
                await DeployAsync(run, node, cancellationToken);
            }

            return run.Done();
        }

        if (metadata.Exists(cleanupKey))
        {
            await CleanupAsync(run, verdicts, failures, cancellationToken);
            return run.Done();
        }

        var replicas = document.Scale.Replicas;
        if (good.Count < replicas.Min)
        {
            await FillAsync(run, good.Count, bad, cancellationToken);
            return run.Done();
        }

        var shrink = !HasRules(document) || await ApplyRulesAsync(run, good, bad, replicas.Max ?? good.Count + bad.Count, cancellationToken);
        if (shrink && good.Count > replicas.Min)
        {
            await ScaleDownAsync(run, good, cancellationToken);
        }

        return run.Done();
    }

    private async Task<List<NodeVerdict>> ClassifyAsync(string project, IReadOnlyList<IScaleNode> nodes, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(MaxParallelNodes);
        var verdicts = await Task.WhenAll(nodes.Select(async node =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                return await ProjectHealthCheck.ClassifyAsync(node, project, cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        }));
        foreach (var unknown in verdicts.Where(verdict => verdict.Health == NodeHealth.Unknown))
        {
            logger.LogWarning("Autoscale {Project} cannot ask {Node}: {Message}", project, unknown.Node, unknown.Error);
        }

        return [.. verdicts];
    }

    private static bool HasRules(AutoscaleDocument document) =>
        document.Scale.Rules.Count > 0 || document.Scale.Economy.Count > 0 || document.Scale.LoadBalancer is not null;
}
