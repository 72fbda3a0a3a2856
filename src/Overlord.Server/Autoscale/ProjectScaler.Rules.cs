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
}
