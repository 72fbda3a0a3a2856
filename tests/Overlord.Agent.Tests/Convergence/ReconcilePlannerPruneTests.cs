using Overlord.Agent.Convergence;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Core.Specs;
using static Overlord.Agent.Tests.Convergence.ConvergenceSpecs;
using static Overlord.Agent.Tests.Convergence.ReconcileScenario;

namespace Overlord.Agent.Tests.Convergence;

/// <summary>The reconcile of the records the branch no longer wants (prune, orphans, the mass-prune guard), and the order of steps.</summary>
public sealed class ReconcilePlannerPruneTests
{
    [Fact]
    public void Plan_RecordNoLongerDesiredWithPrune_DestroysOnThatNodeWhateverItsLabelsAtTheRecordsCommit()
    {
        var kept = new[] { "a.yml", "b.yml", "c.yml" };
        var records = kept.Select(path => Record(path)).Append(Record("gone.yml") with { SpecCommit = Older }).ToArray();
        var tree = Tree(Node("", Done("a"), Done("b"), Done("c"), Done("gone")));

        var plan = ReconcilePlanner.Plan(kept.Select(path => Pair(path)).ToArray(), records, tree, Options with { Prune = true });

        var step = Assert.Single(plan.Steps);
        Assert.Equal((StepAction.Destroy, "gone.yml", Older, SyncPhase.Deletions), (step.Action, step.SpecPath, step.SpecCommit, step.Phase));
        Assert.Equal(["main"], step.Targets);
        Assert.True(step.AnyLabels);
        Assert.Equal("the spec left the repository (main)", step.Reason);
        Assert.Null(plan.Blocked);
    }

    [Fact]
    public void Plan_RecordNoLongerSelectedButTheSpecLoads_DestroysItAtTheOptionsCommit()
    {
        var desired = new[] { Pair("app.yml", "main.eu") };
        var records = new[] { Record("app.yml", "main"), Record("app.yml", "main.eu") with { SpecCommit = Older } };
        var tree = Tree(Node("", Done("app")), Node("eu", Done("app")));
        var options = Options with { Prune = true, ValidSpecs = new HashSet<string> { "app.yml" } };

        var plan = ReconcilePlanner.Plan(desired, records, tree, options);

        var step = Assert.Single(plan.Steps);
        Assert.Equal((StepAction.Destroy, Head, "no longer selected on this node (main)"), (step.Action, step.SpecCommit, step.Reason));
        Assert.Equal(["main"], step.Targets);
        Assert.Null(plan.Blocked);
    }

    [Fact]
    public void Plan_RecordNoLongerDesiredWithoutPrune_ReportsOrphanedWithoutAStep()
    {
        var plan = ReconcilePlanner.Plan([], [Record("gone.yml")], Tree(Node("", Done("gone"))), Options);

        Assert.Empty(plan.Steps);
        Assert.Equal((ConvergenceStatus.Orphaned, "the spec left the repository (prune is off)"), StatusOf(plan));
        Assert.Empty(plan.Forgotten);
    }

    [Fact]
    public void Plan_RecordNoLongerDesiredOnAnUnreachableNode_ReportsOrphanedWithoutAStep()
    {
        var tree = Tree(ObservedNode.Unreachable("", "timeout"));

        var plan = ReconcilePlanner.Plan([], [Record("gone.yml")], tree, Options with { Prune = true, AllowMassPrune = true });

        Assert.Empty(plan.Steps);
        Assert.Equal((ConvergenceStatus.Orphaned, "no longer selected; the node does not answer"), StatusOf(plan));
    }

    [Fact]
    public void Plan_RecordOfASpecThatDoesNotLoad_IsKeptOutOfSync()
    {
        var options = Options with { Prune = true, AllowMassPrune = true, InvalidSpecs = new HashSet<string> { "broken.yml" } };

        var plan = ReconcilePlanner.Plan([], [Record("broken.yml")], Tree(Node("", Done("broken"))), options);

        Assert.Empty(plan.Steps);
        Assert.Equal((ConvergenceStatus.OutOfSync, "the spec does not load at 222222222222; what it deployed is kept"), StatusOf(plan));
    }

    [Fact]
    public void Plan_PruningEverySpec_IsBlockedAndReportsThemOrphaned()
    {
        var plan = ReconcilePlanner.Plan([], [Record("gone.yml")], Tree(Node("", Done("gone"))), Options with { Prune = true });

        Assert.Empty(plan.Steps);
        Assert.StartsWith("pruning would destroy 1 of the 1 deployed specs (all of them)", plan.Blocked, StringComparison.Ordinal);
        var status = Assert.Single(plan.Statuses);
        Assert.Equal((ConvergenceStatus.Orphaned, plan.Blocked), (status.Status, status.Error));
    }

    [Fact]
    public void Plan_PruningMoreThanAQuarter_IsBlocked()
    {
        var records = new[] { Record("a.yml"), Record("b.yml"), Record("gone.yml") };
        var tree = Tree(Node("", Done("a"), Done("b"), Done("gone")));

        var plan = ReconcilePlanner.Plan([Pair("a.yml"), Pair("b.yml")], records, tree, Options with { Prune = true });

        Assert.Empty(plan.Steps);
        Assert.StartsWith("pruning would destroy 1 of the 3 deployed specs (more than a quarter)", plan.Blocked, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_PruningEverySpecWithAllowMassPrune_Destroys()
    {
        var options = Options with { Prune = true, AllowMassPrune = true };

        var plan = ReconcilePlanner.Plan([], [Record("gone.yml")], Tree(Node("", Done("gone"))), options);

        Assert.Equal(StepAction.Destroy, Assert.Single(plan.Steps).Action);
        Assert.Null(plan.Blocked);
    }

    [Fact]
    public void Plan_DestroyOfASpecStillDeployedElsewhere_IsNotCountedByTheMassPruneGuard()
    {
        var records = new[] { Record("app.yml", "main"), Record("app.yml", "main.eu") };
        var tree = Tree(Node("", Done("app")), Node("eu", Done("app")));

        var plan = ReconcilePlanner.Plan([Pair("app.yml", "main.eu")], records, tree, Options with { Prune = true });

        Assert.Equal(StepAction.Destroy, Assert.Single(plan.Steps).Action);
        Assert.Null(plan.Blocked);
    }

    [Fact]
    public void Plan_ProjectAlreadyGoneFromANodeThatNoLongerWantsIt_IsForgotten()
    {
        var plan = ReconcilePlanner.Plan([], [Record("gone.yml", "main.eu")], Tree(Node(""), Node("eu")), Options with { Prune = true });

        Assert.Equal([("gone.yml", "main.eu")], plan.Forgotten);
        Assert.Empty(plan.Steps);
        Assert.Empty(plan.Statuses);
    }

    [Fact]
    public void Plan_FailedRecordOfAProjectAlreadyGone_IsForgottenToo()
    {
        var record = Failed("gone.yml", Head, Now.AddMinutes(5)) with { Target = "main.eu" };

        var plan = ReconcilePlanner.Plan([], [record], Tree(Node(""), Node("eu")), Options with { Prune = true });

        Assert.Equal([("gone.yml", "main.eu")], plan.Forgotten);
        Assert.Empty(plan.Steps);
    }

    [Fact]
    public void Plan_AutoscaledProjectNoLongerSelected_IsDestroyedThoughTheNodeDoesNotListIt()
    {
        var records = new[] { Record("scaled.yml", "main.eu") };
        var options = Options with { Prune = true, AllowMassPrune = true, ValidSpecs = new HashSet<string> { "scaled.yml" }, AutoscaledSpecs = new HashSet<string> { "scaled.yml" } };

        var plan = ReconcilePlanner.Plan([], records, Tree(Node(""), Node("eu")), options);

        Assert.Empty(plan.Forgotten);
        Assert.Equal((StepAction.Destroy, "main.eu"), (Assert.Single(plan.Steps).Action, Assert.Single(Assert.Single(plan.Steps).Targets!)));
    }

    [Fact]
    public void Plan_StepsOfEveryPhase_ComeMetadataFirstAndDestroysLast()
    {
        var desired = new[] { Pair("app.yml"), Pair("z-meta.yml") with { Spec = Metadata([("motd", "hi")]) } };
        var tree = Tree(Node("", Done("a-gone")));

        var plan = ReconcilePlanner.Plan(desired, [Record("a-gone.yml")], tree, Options with { Prune = true, AllowMassPrune = true });

        Assert.Equal(
            [("z-meta.yml", StepAction.Apply), ("app.yml", StepAction.Apply), ("a-gone.yml", StepAction.Destroy)],
            plan.Steps.Select(step => (step.SpecPath, step.Action)));
    }

    [Fact]
    public void Plan_DestroysOfAMetadataSpecAndAProject_DestroyTheMetadataLast()
    {
        var records = new[] { Record("a-meta.yml") with { Kind = SpecKind.Metadata, Name = null }, Record("b.yml") };

        var plan = ReconcilePlanner.Plan([], records, Tree(Node("", Done("b"))), Options with { Prune = true, AllowMassPrune = true });

        Assert.Equal(["b.yml", "a-meta.yml"], plan.Steps.Select(step => step.SpecPath));
    }
}
