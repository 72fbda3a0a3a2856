using Overlord.Client;
using Overlord.Client.Contract;

namespace Overlord.Server.Autoscale;

/// <summary>
/// Classifies a candidate as the original did (reference 9, step 5): good when the project is DONE with every
/// service at status 0, its jail present and not dirty, or while it is UNFINISHED; ignored when a healthcheck
/// reports unhealthy; bad otherwise. Ours also reads the node's latest job, so a replica whose up is still queued
/// or running counts as good (the original saw it as missing and could deploy one more), and one whose down is
/// pending counts as bad.
/// </summary>
internal static class ProjectHealthCheck
{
    public static async Task<NodeVerdict> ClassifyAsync(IScaleNode node, string project, CancellationToken cancellationToken)
    {
        var jobs = await node.GetProjectJobsAsync(project, cancellationToken);
        if (!jobs.IsSuccess)
        {
            return Unknown(node, jobs);
        }

        var pending = jobs.Value.Count > 0 && jobs.Value[^1] is { State: "queued" or "running" } last ? last.Kind : null;
        var info = await node.GetProjectInfoAsync(project, cancellationToken);
        if (!info.IsSuccess && info.StatusCode != 404)
        {
            return Unknown(node, info);
        }

        var state = info.IsSuccess ? info.Value.State : null;
        var services = info.IsSuccess ? info.Value.Services ?? [] : [];
        var exists = state is not null;
        if (pending == "down")
        {
            return new NodeVerdict(node, NodeHealth.Bad, "destroying", exists, Destroying: true);
        }

        if (pending == "up" || state == "UNFINISHED")
        {
            return new NodeVerdict(node, NodeHealth.Good, pending == "up" ? "deploying" : "state", exists);
        }

        if (!exists)
        {
            return new NodeVerdict(node, NodeHealth.Bad, "existence", false);
        }

        return state != "DONE"
            ? new NodeVerdict(node, NodeHealth.Bad, "state", true)
            : await ServicesAsync(node, services, cancellationToken);
    }

    private static async Task<NodeVerdict> ServicesAsync(IScaleNode node, IReadOnlyList<ProjectService> services, CancellationToken cancellationToken)
    {
        foreach (var service in services)
        {
            if (service.Status != 0 || service.Jail is not { } jail)
            {
                return new NodeVerdict(node, NodeHealth.Bad, "service-status", true);
            }

            var exists = await node.JailExistsAsync(jail, cancellationToken);
            if (!exists.IsSuccess)
            {
                return Unknown(node, exists);
            }

            if (!exists.Value)
            {
                return new NodeVerdict(node, NodeHealth.Bad, "service-existence", true);
            }

            var info = await node.GetJailInfoAsync(jail, cancellationToken);
            if (!info.IsSuccess)
            {
                return Unknown(node, info);
            }

            if (info.Value.GetValueOrDefault("dirty") == "1")
            {
                return new NodeVerdict(node, NodeHealth.Bad, "service-dirty", true);
            }

            var checks = await node.GetHealthchecksAsync(jail, cancellationToken);
            if (!checks.IsSuccess)
            {
                return Unknown(node, checks);
            }

            if (checks.Value.Any(check => check.GetValueOrDefault("status") == "unhealthy"))
            {
                return new NodeVerdict(node, NodeHealth.Ignored, "healthcheckers", true);
            }
        }

        return new NodeVerdict(node, NodeHealth.Good, "health", true);
    }

    private static NodeVerdict Unknown<T>(IScaleNode node, ApiResult<T> failure) =>
        new(node, NodeHealth.Unknown, "exception", false, Error: failure.Describe());
}
