using Overlord.Core.Specs;

namespace Overlord.Server.Autoscale;

internal sealed partial class ProjectScaler
{
    /// <summary>
    /// Step 10: rctl, then economy, then load-balancer on each good node, stopping at the first test that fails.
    /// A node under pressure brings one more replica onto the next bad node (with the metadata written to that
    /// new node; the original wrote it to the node under pressure), and the cycle ends once one is queued.
    /// True when every test passed, so a replica may go.
    /// </summary>
    private async Task<bool> ApplyRulesAsync(ScaleRun run, List<IScaleNode> good, List<IScaleNode> bad, long max, CancellationToken cancellationToken)
    {
        var allPass = true;
        var next = 0;
        RuleOutcome? balancer = null;
        foreach (var node in good)
        {
            var outcome = await TestAsync(run, node, async () => balancer ??= await LoadBalancerAsync(run.Document.Scale.LoadBalancer!, cancellationToken), cancellationToken);
            if (outcome.Error is { } error)
            {
                run.Logs.Add(ScaleLog.Exception(run.Project, node.Chain, "RuleError", error));
                continue;
            }

            if (outcome.Passes)
            {
                continue;
            }

            allPass = false;
            if (good.Count >= max)
            {
                continue;
            }

            if (next >= bad.Count)
            {
                break;
            }

            if (await DeployAsync(run, bad[next++], cancellationToken))
            {
                return false;
            }
        }

        return allPass;
    }

    private static async Task<RuleOutcome> TestAsync(ScaleRun run, IScaleNode node, Func<Task<RuleOutcome>> loadBalancer, CancellationToken cancellationToken)
    {
        var scale = run.Document.Scale;
        var tests = new List<(string Context, Func<Task<RuleOutcome>> Test)>();
        if (scale.Rules.Count > 0)
        {
            tests.Add(("rctl", () => RctlAsync(run.Project, node, scale, cancellationToken)));
        }

        if (scale.Economy.Count > 0)
        {
            tests.Add(("economy", () => EconomyAsync(node, scale, cancellationToken)));
        }

        if (scale.LoadBalancer is not null)
        {
            tests.Add(("load-balancer", loadBalancer));
        }

        foreach (var (context, test) in tests)
        {
            var outcome = await test();
            if (outcome.Error is null)
            {
                run.Logs.Add(ScaleLog.Test(run.Project, node.Chain, context, outcome.Passes));
            }

            if (!outcome.Passes)
            {
                return outcome;
            }
        }

        return RuleOutcome.Pass;
    }

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

            var (metrics, error) = await haproxy.ReadAsync(type, target.Name, cancellationToken);
            var outcome = metrics is null ? RuleOutcome.Invalid(error!) : LoadBalancerRules.Evaluate(target, metrics);
            if (!outcome.Passes)
            {
                return outcome;
            }
        }

        return RuleOutcome.Pass;
    }
}
