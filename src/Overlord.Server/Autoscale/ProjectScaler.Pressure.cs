using Overlord.Core.Specs;

namespace Overlord.Server.Autoscale;

internal sealed partial class ProjectScaler
{
    /// <summary>The rctl rules over the project's jails; a missing project, a service down or a missing jail fails.</summary>
    private static async Task<RuleOutcome> RctlAsync(string project, IScaleNode node, AutoScaleSpec scale, CancellationToken cancellationToken)
    {
        var info = await node.GetProjectInfoAsync(project, cancellationToken);
        if (!info.IsSuccess)
        {
            return info.StatusCode == 404 ? RuleOutcome.Fail : RuleOutcome.Invalid(info.Describe());
        }

        if (info.Value.State is "UNFINISHED")
        {
            return RuleOutcome.Pass;
        }

        if (info.Value.State is not "DONE")
        {
            return RuleOutcome.Fail;
        }

        var jails = new List<IReadOnlyDictionary<string, long>>();
        foreach (var service in info.Value.Services ?? [])
        {
            if (service.Status != 0 || service.Jail is not { } jail)
            {
                return RuleOutcome.Fail;
            }

            var stats = await node.GetJailStatsAsync(jail, cancellationToken);
            if (!stats.IsSuccess)
            {
                return stats.StatusCode == 404 ? RuleOutcome.Fail : RuleOutcome.Invalid(stats.Describe());
            }

            jails.Add(stats.Value);
        }

        return new RuleOutcome(RctlRules.Passes(scale.Type, scale.Value, scale.Rules, jails));
    }

    private static async Task<RuleOutcome> EconomyAsync(IScaleNode node, AutoScaleSpec scale, CancellationToken cancellationToken)
    {
        var stats = await node.GetStatsAsync(cancellationToken);
        return stats.IsSuccess ? new RuleOutcome(RctlRules.EconomyPasses(scale.Economy, stats.Value)) : RuleOutcome.Invalid(stats.Describe());
    }

    /// <summary>HAProxy's frontend, then its backend; read once per project and cycle (the same for every node).</summary>
    private async Task<RuleOutcome> LoadBalancerAsync(LoadBalancerSpec spec, CancellationToken cancellationToken)
    {
        foreach (var (type, target) in new[] { (HaproxyStatsParser.Frontend, spec.Frontend), (HaproxyStatsParser.Backend, spec.Backend) })
        {
            if (target is null)
            {
                continue;
            }

            var metrics = await haproxy.ReadAsync(type, target.Name, cancellationToken);
            var outcome = metrics.IsSuccess ? LoadBalancerRules.Evaluate(target, metrics.Value) : RuleOutcome.Invalid(metrics.Error.Message);
            if (!outcome.Passes)
            {
                return outcome;
            }
        }

        return RuleOutcome.Pass;
    }
}
