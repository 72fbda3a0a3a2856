using Overlord.Agent.Convergence;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Core.Specs;
using static Overlord.Agent.Tests.Convergence.ConvergenceSpecs;
using static Overlord.Agent.Tests.Convergence.ReconcileScenario;

namespace Overlord.Agent.Tests.Convergence;

/// <summary>The reconcile of the pairs the branch wants: what it deploys, where, and what it reports.</summary>
public sealed class ReconcilePlannerTests
{
    [Fact]
    public void Plan_NoRecordOnOneOfTwoNodes_AppliesOnThatNodeOnly()
    {
        var desired = new[] { Pair("app.yml", "main"), Pair("app.yml", "main.eu") };
        var tree = Tree(Node("", Done("app")), Node("eu"));

        var plan = ReconcilePlanner.Plan(desired, [Record("app.yml", "main")], tree, Options);

        var step = Assert.Single(plan.Steps);
        Assert.Equal((StepAction.Apply, "app.yml", Head), (step.Action, step.SpecPath, step.SpecCommit));
        Assert.Equal(["main.eu"], step.Targets);
        Assert.Equal("not deployed on this node (main.eu)", step.Reason);
    }

    [Fact]
    public void Plan_SameSpecMissingOnTwoNodes_IsOneStepOnBoth()
    {
        var desired = new[] { Pair("app.yml", "main"), Pair("app.yml", "main.eu") };

        var plan = ReconcilePlanner.Plan(desired, [], Tree(Node(""), Node("eu")), Options);

        var step = Assert.Single(plan.Steps);
        Assert.Equal(["main", "main.eu"], step.Targets);
        Assert.False(step.AnyLabels);
    }

    [Fact]
    public void Plan_SyncedRecordWithSameHashesAndProjectDone_HasNoStepAndReportsSynced()
    {
        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [Record("app.yml") with { SpecCommit = Older }], Tree(Node("", Done("app"))), Options);

        Assert.Empty(plan.Steps);
        var status = Assert.Single(plan.Statuses);
        Assert.Equal((ConvergenceStatus.Synced, null, Older), (status.Status, status.Reason, status.Commit));
        Assert.Equal(DeploymentHashes.Combined("spec-1", "reads-1"), status.Hash);
        Assert.Empty(plan.Adopted);
    }

    [Fact]
    public void Plan_SpecHashDiffers_AppliesBecauseTheSpecChanged()
    {
        var pair = Pair("app.yml") with { SpecHash = "spec-2" };

        var plan = ReconcilePlanner.Plan([pair], [Record("app.yml")], Tree(Node("", Done("app"))), Options);

        Assert.Equal((StepAction.Apply, "the spec changed (main)"), Only(plan));
        Assert.Equal((ConvergenceStatus.Progressing, "the spec changed"), StatusOf(plan));
    }

    [Fact]
    public void Plan_ReadsHashDiffers_Recreates()
    {
        var pair = Pair("app.yml") with { ReadsHash = "reads-2" };

        var plan = ReconcilePlanner.Plan([pair], [Record("app.yml")], Tree(Node("", Done("app"))), Options);

        Assert.Equal((StepAction.Recreate, "the metadata it reads changed (main)"), Only(plan));
    }

    [Fact]
    public void Plan_BothHashesDiffer_RecreatesSayingBoth()
    {
        var pair = Pair("app.yml") with { SpecHash = "spec-2", ReadsHash = "reads-2" };

        var plan = ReconcilePlanner.Plan([pair], [Record("app.yml")], Tree(Node("", Done("app"))), Options);

        Assert.Equal((StepAction.Recreate, "the metadata it reads changed and the spec changed (main)"), Only(plan));
    }

    [Fact]
    public void Plan_NullSpecHashAtTheCommit_AdoptsTheHashWithoutAStep()
    {
        var record = Record("app.yml") with { SpecHash = null };

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [record], Tree(Node("", Done("app"))), Options);

        Assert.Empty(plan.Steps);
        Assert.Equal([record with { SpecHash = "spec-1" }], plan.Adopted);
        Assert.Equal(ConvergenceStatus.Synced, Assert.Single(plan.Statuses).Status);
    }

    [Fact]
    public void Plan_NullSpecHashAtAnOlderCommit_AppliesTheCommitsSpec()
    {
        var record = Record("app.yml") with { SpecHash = null, SpecCommit = Older };

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [record], Tree(Node("", Done("app"))), Options);

        Assert.Equal((StepAction.Apply, "the spec changed (main)"), Only(plan));
        Assert.Equal(Head, plan.Steps[0].SpecCommit);
    }

    [Fact]
    public void Plan_NullReadsHash_AdoptsTheReadsHashWithoutAStep()
    {
        var record = Record("app.yml") with { ReadsHash = null, SpecCommit = Older };

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [record], Tree(Node("", Done("app"))), Options);

        Assert.Empty(plan.Steps);
        Assert.Equal([record with { ReadsHash = "reads-1" }], plan.Adopted);
    }

    [Fact]
    public void Plan_ProjectMissingWithSelfHeal_Applies()
    {
        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [Record("app.yml")], Tree(Node("")), Options with { SelfHeal = true });

        Assert.Equal((StepAction.Apply, "self-heal: destroyed on the node (main)"), Only(plan));
    }

    [Fact]
    public void Plan_ProjectMissingWithoutSelfHeal_ReportsOutOfSyncWithoutAStep()
    {
        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [Record("app.yml")], Tree(Node("")), Options);

        Assert.Empty(plan.Steps);
        Assert.Equal((ConvergenceStatus.OutOfSync, "destroyed on the node (self_heal is off)"), StatusOf(plan));
    }

    [Fact]
    public void Plan_ProjectFailedWithSelfHeal_Applies()
    {
        var tree = Tree(Node("", new ObservedProject("app", "FAILED", false)));

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [Record("app.yml")], tree, Options with { SelfHeal = true });

        Assert.Equal((StepAction.Apply, "self-heal: FAILED on the node (main)"), Only(plan));
    }

    [Fact]
    public void Plan_ProjectFailedWithoutSelfHeal_ReportsOutOfSyncWithoutAStep()
    {
        var tree = Tree(Node("", new ObservedProject("app", "FAILED", false)));

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [Record("app.yml")], tree, Options);

        Assert.Empty(plan.Steps);
        Assert.Equal((ConvergenceStatus.OutOfSync, "FAILED on the node (self_heal is off)"), StatusOf(plan));
    }

    [Fact]
    public void Plan_ProjectUnfinished_ReportsProgressingWithoutAStep()
    {
        var tree = Tree(Node("", new ObservedProject("app", "UNFINISHED", false)));

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [Record("app.yml")], tree, Options with { SelfHeal = true });

        Assert.Empty(plan.Steps);
        Assert.Equal((ConvergenceStatus.Progressing, "UNFINISHED on the node"), StatusOf(plan));
    }

    [Fact]
    public void Plan_ProjectFailedButLocked_ReportsProgressingWithoutAStep()
    {
        var tree = Tree(Node("", new ObservedProject("app", "FAILED", true)));

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [Record("app.yml")], tree, Options with { SelfHeal = true });

        Assert.Empty(plan.Steps);
        Assert.Equal(ConvergenceStatus.Progressing, Assert.Single(plan.Statuses).Status);
    }

    [Fact]
    public void Plan_SyncedMetadataTheTreeDoesNotList_IsSynced()
    {
        var pair = Pair("meta.yml") with { Spec = Metadata([("motd", "hi")]) };
        var record = Record("meta.yml") with { Kind = SpecKind.Metadata, Name = null };

        var plan = ReconcilePlanner.Plan([pair], [record], Tree(Node("")), Options with { SelfHeal = true });

        Assert.Empty(plan.Steps);
        Assert.Equal(ConvergenceStatus.Synced, Assert.Single(plan.Statuses).Status);
    }

    [Fact]
    public void Plan_FailedBeforeItsNextAttemptAtTheSameCommit_ReportsFailedWithTheNextRetryAndNoStep()
    {
        var record = Failed("app.yml", Head, Now.AddSeconds(1));

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [record], Tree(Node("")), Options);

        Assert.Empty(plan.Steps);
        var status = Assert.Single(plan.Statuses);
        Assert.Equal((ConvergenceStatus.Failed, "errlevel 1", Now.AddSeconds(1)), (status.Status, status.Error, status.NextRetry));
        Assert.Equal("failed 2 times", status.Reason);
    }

    [Fact]
    public void Plan_FailedAfterItsNextAttempt_RetriesAtTheRecordsNodeOnly()
    {
        var record = Failed("app.yml", Head, Now.AddSeconds(-1));

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [record], Tree(Node("")), Options);

        Assert.Equal((StepAction.Apply, "retry after 2 failed attempts (main)"), Only(plan));
    }

    [Fact]
    public void Plan_FailedWithItsNextAttemptNow_Retries()
    {
        var record = Failed("app.yml", Head, Now);

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [record], Tree(Node("")), Options);

        Assert.Equal(StepAction.Apply, Assert.Single(plan.Steps).Action);
    }

    [Fact]
    public void Plan_FailedAtAnOlderCommit_RetriesAtOnce()
    {
        var record = Failed("app.yml", Older, Now.AddMinutes(10));

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [record], Tree(Node("")), Options);

        Assert.Equal((StepAction.Apply, "a new commit after a failure (main)"), Only(plan));
        Assert.Equal(Head, plan.Steps[0].SpecCommit);
    }

    [Fact]
    public void Plan_NodeUnreachable_ReportsUnreachableWithoutAStep()
    {
        var tree = Tree(ObservedNode.Unreachable("", "connection refused"));

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [Record("app.yml") with { SpecCommit = Older }], tree, Options with { SelfHeal = true });

        Assert.Empty(plan.Steps);
        var status = Assert.Single(plan.Statuses);
        Assert.Equal((ConvergenceStatus.Unreachable, "connection refused", Older), (status.Status, status.Error, status.Commit));
        Assert.Empty(plan.Adopted);
    }

    [Fact]
    public void Plan_PairPlacedByKnownLabelsOnly_ReportsUnreachable()
    {
        var pair = Pair("app.yml", "main.eu.late") with { Reachable = false };

        var plan = ReconcilePlanner.Plan([pair], [], Tree(Node(""), ObservedNode.Unreachable("eu", "timeout")), Options);

        Assert.Empty(plan.Steps);
        Assert.Equal((ConvergenceStatus.Unreachable, "the node does not answer"), StatusOf(plan));
    }

    [Fact]
    public void Plan_FailedRecordOnAnUnreachableNode_IsAdoptedAsUnreachable()
    {
        var record = Failed("app.yml", Head, Now.AddSeconds(30));

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [record], Tree(ObservedNode.Unreachable("", "timeout")), Options);

        Assert.Equal([record with { State = DeploymentState.Unreachable, UpdatedAt = Now }], plan.Adopted);
        Assert.Equal(ConvergenceStatus.Unreachable, Assert.Single(plan.Statuses).Status);
    }

    [Fact]
    public void Plan_UnreachableRecordAndTheNodeAnswers_Applies()
    {
        var record = Record("app.yml") with { State = DeploymentState.Unreachable };

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [record], Tree(Node("", Done("app"))), Options);

        Assert.Equal((StepAction.Apply, "the node answers again (main)"), Only(plan));
    }

    [Fact]
    public void Plan_NoRecordButTheProjectRunsWhereTheInventoryPutsIt_AdoptsItAsSyncedWithoutAStep()
    {
        var options = Options with { InventoryTargets = new Dictionary<string, IReadOnlyList<string>> { ["app.yml"] = ["main"] } };

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [], Tree(Node("", Done("app"))), options);

        Assert.Empty(plan.Steps);
        Assert.Equal([Record("app.yml") with { UpdatedAt = Now }], plan.Adopted);
        Assert.Equal(ConvergenceStatus.Synced, Assert.Single(plan.Statuses).Status);
    }

    [Fact]
    public void Plan_NoRecordAndTheProjectRunsWhereTheInventoryDoesNotPutIt_Applies()
    {
        var options = Options with { InventoryTargets = new Dictionary<string, IReadOnlyList<string>> { ["app.yml"] = ["main.eu"] } };

        var plan = ReconcilePlanner.Plan([Pair("app.yml")], [], Tree(Node("", Done("app"))), options);

        Assert.Equal((StepAction.Apply, "not deployed on this node (main)"), Only(plan));
        Assert.Empty(plan.Adopted);
    }
}
