using Overlord.Agent.Git;
using Overlord.Agent.Planning;
using Overlord.Core.Specs;

namespace Overlord.Agent.Tests.Planning;

public sealed class SyncPlannerTests
{
    [Fact]
    public void Plan_FirstSync_AppliesEverySpecWithMetadataFirst()
    {
        var scenario = new PlanScenario { BaseCommit = null }.WithFiles("web/app.yml", "meta.yml", "db/db.yaml", "README.md");

        var plan = scenario.Plan();

        Assert.Equal(["meta.yml", "db/db.yaml", "web/app.yml"], plan.Steps.Select(step => step.SpecPath));
        Assert.All(plan.Steps, step => Assert.Equal(StepAction.Apply, step.Action));
    }

    [Fact]
    public void Plan_CommitTouchingOneOfManySpecs_PlansExactlyThatSpec()
    {
        var scenario = new PlanScenario().WithFiles("a.yml", "b.yml", "c.yml", "d.yml")
            .Deployed("a.yml").Deployed("b.yml").Deployed("c.yml").Deployed("d.yml")
            .Changed(FileChangeKind.Modified, "c.yml");

        var plan = scenario.Plan();

        var step = Assert.Single(plan.Steps);
        Assert.Equal(("c.yml", StepAction.Apply, "modified"), (step.SpecPath, step.Action, step.Reason));
    }

    [Fact]
    public void Plan_NothingChanged_IsEmpty()
    {
        var scenario = new PlanScenario().WithFiles("a.yml", "b.yml").Deployed("a.yml").Deployed("b.yml");

        Assert.True(scenario.Plan().IsEmpty);
    }

    [Fact]
    public void Plan_OnlyUnwatchedFilesChanged_IsEmpty()
    {
        var scenario = new PlanScenario().WithFiles("a.yml").Deployed("a.yml")
            .Changed(FileChangeKind.Modified, "README.md").Changed(FileChangeKind.Added, ".github/workflows/ci.yml");

        Assert.True(scenario.Plan().IsEmpty);
    }

    [Fact]
    public void Plan_DeletedSpecWithPruneOff_KeepsItAsOrphan()
    {
        var scenario = new PlanScenario().WithFiles("a.yml", "b.yml").Deployed("a.yml").Deployed("b.yml")
            .Changed(FileChangeKind.Deleted, "b.yml");

        var plan = scenario.Plan();

        Assert.Empty(plan.Steps);
        Assert.Equal(["b.yml"], plan.Orphaned);
    }

    [Fact]
    public void Plan_DeletedSpecWithPruneOn_DestroysItLastFromItsLastAppliedCommit()
    {
        var scenario = new PlanScenario { ConfiguredPrune = true }.WithFiles("a.yml", "meta.yml", "x.yml")
            .Deployed("a.yml").Deployed("meta.yml", SpecKind.Metadata).Deployed("old.yml").Deployed("x.yml")
            .Changed(FileChangeKind.Modified, "a.yml").Changed(FileChangeKind.Deleted, "old.yml");

        var plan = scenario.Plan();

        Assert.Equal([("a.yml", StepAction.Apply), ("old.yml", StepAction.Destroy)], plan.Steps.Select(step => (step.SpecPath, step.Action)));
        Assert.Equal(SyncPhase.Deletions, plan.Steps[^1].Phase);
        Assert.Equal(PlanScenario.Base, plan.Steps[^1].SpecCommit);
    }

    [Fact]
    public void Plan_PruneRequestedForOneSync_Destroys()
    {
        var scenario = new PlanScenario { RequestedPrune = true }.WithFiles("a.yml", "b.yml", "c.yml")
            .Deployed("a.yml").Deployed("b.yml").Deployed("c.yml").Deployed("d.yml")
            .Changed(FileChangeKind.Deleted, "d.yml");

        var step = Assert.Single(scenario.Plan().Steps);

        Assert.Equal(("d.yml", StepAction.Destroy), (step.SpecPath, step.Action));
    }

    [Fact]
    public void Plan_SpecOrphanedEarlierAndPruneNowOn_DestroysIt()
    {
        var scenario = new PlanScenario { ConfiguredPrune = true }.WithFiles("a.yml", "b.yml", "c.yml")
            .Deployed("a.yml").Deployed("b.yml").Deployed("c.yml").Deployed("gone.yml", status: InventoryStatus.Orphaned);

        var step = Assert.Single(scenario.Plan().Steps);

        Assert.Equal(("gone.yml", StepAction.Destroy), (step.SpecPath, step.Action));
        Assert.Contains("earlier", step.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_InvalidSpec_FailsAloneWithItsMessages()
    {
        var scenario = new PlanScenario().WithFiles("a.yml", "bad.yml")
            .Changed(FileChangeKind.Modified, "a.yml").Changed(FileChangeKind.Added, "bad.yml");
        var bad = LoadedSpec.Failed("bad.yml", ["bad.yml:3:5: deployIn.labels[0]: 'Web' is not a label"]);

        var plan = scenario.Plan(bad);

        Assert.Equal([("a.yml", StepAction.Apply), ("bad.yml", StepAction.Invalid)], plan.Steps.Select(step => (step.SpecPath, step.Action)));
        Assert.Equal(["bad.yml:3:5: deployIn.labels[0]: 'Web' is not a label"], plan.Steps[1].Errors);
    }

    [Fact]
    public void Plan_DestroyingMoreThanAQuarter_IsBlockedAndSaysSo()
    {
        var scenario = new PlanScenario { ConfiguredPrune = true }.WithFiles("a.yml", "b.yml")
            .Deployed("a.yml").Deployed("b.yml").Deployed("c.yml").Deployed("d.yml")
            .Changed(FileChangeKind.Deleted, "c.yml").Changed(FileChangeKind.Deleted, "d.yml");

        var plan = scenario.Plan();

        Assert.True(plan.IsBlocked);
        Assert.Contains("destroy 2 of the 4", plan.Blocked, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_DestroyingExactlyAQuarter_IsNotBlocked()
    {
        var scenario = new PlanScenario { ConfiguredPrune = true }.WithFiles("a.yml", "b.yml", "c.yml")
            .Deployed("a.yml").Deployed("b.yml").Deployed("c.yml").Deployed("d.yml")
            .Changed(FileChangeKind.Deleted, "d.yml");

        Assert.False(scenario.Plan().IsBlocked);
    }

    [Fact]
    public void Plan_DestroyingTheOnlyDeployedSpec_IsBlocked()
    {
        var scenario = new PlanScenario { ConfiguredPrune = true }.Deployed("a.yml").Changed(FileChangeKind.Deleted, "a.yml");

        Assert.Contains("all of them", scenario.Plan().Blocked, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MassPruneAllowed_DestroysAll()
    {
        var scenario = new PlanScenario { ConfiguredPrune = true, AllowMassPrune = true }
            .Deployed("a.yml").Deployed("b.yml").Changed(FileChangeKind.Deleted, "a.yml").Changed(FileChangeKind.Deleted, "b.yml");

        var plan = scenario.Plan();

        Assert.False(plan.IsBlocked);
        Assert.Equal(2, plan.Steps.Count(step => step.Action == StepAction.Destroy));
    }

    [Fact]
    public void Plan_RootEnvFileChanged_ReappliesEverySpec()
    {
        var scenario = new PlanScenario().WithFiles("a.yml", "web/b.yml", "db/c.yml", ".env")
            .Deployed("a.yml").Deployed("web/b.yml").Deployed("db/c.yml")
            .Changed(FileChangeKind.Modified, ".env");

        var plan = scenario.Plan();

        Assert.Equal(["a.yml", "db/c.yml", "web/b.yml"], plan.Steps.Select(step => step.SpecPath));
        Assert.All(plan.Steps, step => Assert.Equal("env file .env changed", step.Reason));
    }

    [Fact]
    public void Plan_FolderEnvFileChanged_ReappliesOnlyThatFoldersSpecs()
    {
        var scenario = new PlanScenario().WithFiles("a.yml", "web/b.yml", "web/eu/c.yml", "db/d.yml")
            .Deployed("a.yml").Deployed("web/b.yml").Deployed("web/eu/c.yml").Deployed("db/d.yml")
            .Changed(FileChangeKind.Added, "web/.env");

        var plan = scenario.Plan();

        Assert.Equal(["web/b.yml", "web/eu/c.yml"], plan.Steps.Select(step => step.SpecPath));
    }

    [Fact]
    public void Plan_IncludedFileChanged_ReappliesTheSpecThatIncludesIt()
    {
        var scenario = new PlanScenario().WithFiles("meta.yml", "values/common.yml", "a.yml")
            .Deployed("meta.yml", SpecKind.Metadata, InventoryStatus.Deployed, "values/common.yml").Deployed("a.yml")
            .Changed(FileChangeKind.Modified, "values/common.yml");

        var step = Assert.Single(scenario.Plan().Steps);

        Assert.Equal(("meta.yml", "included file values/common.yml changed"), (step.SpecPath, step.Reason));
    }

    [Fact]
    public void Plan_FirstSyncWithAnIncludedYamlFile_DoesNotPlanTheIncludedFile()
    {
        var scenario = new PlanScenario { BaseCommit = null }.WithFiles("meta.yml", "values/common.yml");
        var meta = LoadedSpec.Valid("meta.yml", SpecKind.Metadata, null, ["values/common.yml"]);
        var included = LoadedSpec.Failed("values/common.yml", ["values/common.yml:1:1: kind: is required"]);

        var plan = scenario.Plan(meta, included);

        var step = Assert.Single(plan.Steps);
        Assert.Equal("meta.yml", step.SpecPath);
        Assert.Equal(["values/common.yml"], step.Dependencies);
    }

    [Fact]
    public void Plan_HistoryRewrittenWithPruneConfigured_DestroysNothing()
    {
        var scenario = new PlanScenario { ConfiguredPrune = true, HistoryRewritten = true }.WithFiles("a.yml", "b.yml", "c.yml")
            .Deployed("a.yml").Deployed("b.yml").Deployed("c.yml").Deployed("d.yml")
            .Changed(FileChangeKind.Deleted, "d.yml");

        var plan = scenario.Plan();

        Assert.Empty(plan.Steps);
        Assert.Equal(["d.yml"], plan.Orphaned);
    }

    [Fact]
    public void Plan_HistoryRewrittenWithPruneRequested_DestroysOnlyWhatLeftTheHead()
    {
        var scenario = new PlanScenario { RequestedPrune = true, HistoryRewritten = true }.WithFiles("a.yml", "b.yml", "c.yml")
            .Deployed("a.yml").Deployed("b.yml").Deployed("c.yml").Deployed("d.yml")
            .Changed(FileChangeKind.Deleted, "d.yml").Changed(FileChangeKind.Modified, "a.yml");

        var plan = scenario.Plan();

        Assert.Equal([("a.yml", StepAction.Apply), ("d.yml", StepAction.Destroy)], plan.Steps.Select(step => (step.SpecPath, step.Action)));
    }

    [Fact]
    public void Plan_DestroysWorkloadsBeforeMetadata()
    {
        var scenario = new PlanScenario { ConfiguredPrune = true, AllowMassPrune = true }
            .Deployed("a-meta.yml", SpecKind.Metadata).Deployed("z-app.yml")
            .Changed(FileChangeKind.Deleted, "a-meta.yml").Changed(FileChangeKind.Deleted, "z-app.yml");

        var plan = scenario.Plan();

        Assert.Equal(["z-app.yml", "a-meta.yml"], plan.Steps.Select(step => step.SpecPath));
    }

    [Fact]
    public void Plan_ReadOnlySpec_PlansNothing()
    {
        var scenario = new PlanScenario().WithFiles("view.yml").Changed(FileChangeKind.Added, "view.yml");

        var plan = scenario.Plan(LoadedSpec.Valid("view.yml", SpecKind.ReadOnly, null));

        Assert.True(plan.IsEmpty);
    }
}
