using Overlord.Agent.Convergence;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using static Overlord.Agent.Tests.Convergence.ReconcileScenario;

namespace Overlord.Agent.Tests.Convergence;

/// <summary>A reconcile after another with the same pairs and records: what changed on the node still shows (issue 14.5).</summary>
public sealed class ReconcilePlannerRepeatTests
{
    [Fact]
    public void Plan_SamePairAndRecordAgain_ReportsTheSameStatus()
    {
        var pair = Pair("app.yml");
        var record = Record("app.yml") with { SpecCommit = Older };
        var tree = Tree(Node("", Done("app")));
        var first = ReconcilePlanner.Plan([pair], [record], tree, Options);

        var second = ReconcilePlanner.Plan([pair], [record], Tree(Node("", Done("app"))), Options with { Commit = "c3" });

        Assert.Empty(second.Steps);
        Assert.Equal(Assert.Single(first.Statuses), Assert.Single(second.Statuses));
        Assert.Equal((ConvergenceStatus.Synced, Older), (second.Statuses[0].Status, second.Statuses[0].Commit));
    }

    [Fact]
    public void Plan_ProjectFailedSinceTheLastReconcile_ReportsItAgainstTheSameRecord()
    {
        var pair = Pair("app.yml");
        var record = Record("app.yml");
        ReconcilePlanner.Plan([pair], [record], Tree(Node("", Done("app"))), Options);

        var plan = ReconcilePlanner.Plan([pair], [record], Tree(Node("", new ObservedProject("app", "FAILED", false))), Options);

        Assert.Equal((ConvergenceStatus.OutOfSync, "FAILED on the node (self_heal is off)"), StatusOf(plan));
    }

    [Fact]
    public void Plan_NodeStoppedAnsweringSinceTheLastReconcile_ReportsItUnreachable()
    {
        var pair = Pair("app.yml");
        var record = Record("app.yml");
        ReconcilePlanner.Plan([pair], [record], Tree(Node("", Done("app"))), Options);

        var plan = ReconcilePlanner.Plan([pair], [record], Tree(ObservedNode.Unreachable("", "down")), Options);

        Assert.Equal(ConvergenceStatus.Unreachable, Assert.Single(plan.Statuses).Status);
    }

    [Fact]
    public void Plan_RecordWrittenAgainWithAnotherHash_AppliesTheSpec()
    {
        var pair = Pair("app.yml");
        ReconcilePlanner.Plan([pair], [Record("app.yml")], Tree(Node("", Done("app"))), Options);

        var plan = ReconcilePlanner.Plan([pair], [Record("app.yml") with { SpecHash = "spec-0" }], Tree(Node("", Done("app"))), Options);

        Assert.Equal((StepAction.Apply, "the spec changed (main)"), Only(plan));
    }
}
