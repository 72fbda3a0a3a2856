using Overlord.Agent.Convergence;
using Overlord.Agent.Store;
using Overlord.Core.Specs;
using static Overlord.Agent.Tests.Convergence.ConvergenceSpecs;

namespace Overlord.Agent.Tests.Convergence;

public sealed class DesiredStateBuilderTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoneKnown = new Dictionary<string, IReadOnlyList<string>>();

    [Fact]
    public void Build_SpecLabels_SelectTheNodesCarryingThem()
    {
        var tree = Tree(Node(""), Node("eu", "all", "eu"), Node("us", "all", "us"));

        var desired = Build([("app.yml", Project("app.yml", Labels("eu")))], tree);

        Assert.Equal(["main.eu"], Targets(desired));
    }

    [Fact]
    public void Build_NodeCarryingAnExcludedLabel_IsDropped()
    {
        var deployIn = Labels(DeployInSpec.AllLabel) with { Exclude = ["gpu"] };

        var desired = Build([("app.yml", Project("app.yml", deployIn))], Tree(Node(""), Node("gpu", "all", "gpu"), Node("eu")));

        Assert.Equal(["main", "main.eu"], Targets(desired));
    }

    [Fact]
    public void Build_EntrypointBelowTheAgentsNode_LimitsToThatSubtree()
    {
        var deployIn = Labels(DeployInSpec.AllLabel) with { Entrypoints = ["main.eu"] };
        var tree = Tree(Node(""), Node("eu"), Node("eu.late"), Node("europe"), Node("us"));

        var desired = Build([("app.yml", Project("app.yml", deployIn))], tree);

        Assert.Equal(["main.eu", "main.eu.late"], Targets(desired));
    }

    [Fact]
    public void Build_NodesAtEveryDepth_AreNamedByTheDatacenterThenTheChain()
    {
        var desired = Build([("app.yml", Project("app.yml"))], Tree(Node(""), Node("eu"), Node("eu.late")));

        Assert.Equal([("main", ""), ("main.eu", "eu"), ("main.eu.late", "eu.late")], desired.Select(pair => (pair.Target, pair.Chain)));
    }

    [Fact]
    public void Build_SeveralSpecs_ComeInSpecThenTreeOrder()
    {
        var specs = new (string, Spec)[] { ("a.yml", Project("a.yml")), ("b.yml", Project("b.yml")) };

        var desired = Build(specs, Tree(Node(""), Node("eu")));

        Assert.Equal(
            [("a.yml", "main"), ("a.yml", "main.eu"), ("b.yml", "main"), ("b.yml", "main.eu")],
            desired.Select(pair => (pair.SpecPath, pair.Target)));
    }

    [Fact]
    public void Build_MaximumDeployments_KeepsTheNodeItIsDeployedOnFirst()
    {
        var spec = Project("app.yml") with { MaximumDeployments = 1 };

        var desired = Build([("app.yml", spec)], Tree(Node(""), Node("eu")), records: [Record("app.yml", "main.eu", DeploymentState.Synced)]);

        Assert.Equal(["main.eu"], Targets(desired));
    }

    [Fact]
    public void Build_MaximumDeploymentsWithNothingDeployed_TakesNodesInTreeOrder()
    {
        var spec = Project("app.yml") with { MaximumDeployments = 2 };

        var desired = Build([("app.yml", spec)], Tree(Node(""), Node("eu"), Node("us")));

        Assert.Equal(["main", "main.eu"], Targets(desired));
    }

    [Fact]
    public void Build_MaximumDeployments_DoesNotCountAFailedDeploymentAsDeployed()
    {
        var spec = Project("app.yml") with { MaximumDeployments = 1 };

        var desired = Build([("app.yml", spec)], Tree(Node(""), Node("eu")), records: [Record("app.yml", "main.eu", DeploymentState.Failed)]);

        Assert.Equal(["main"], Targets(desired));
    }

    [Fact]
    public void Build_UnreachableNode_IsPlacedUnreachableByTheLabelsItLastHad()
    {
        var tree = Tree(Node(""), ObservedNode.Unreachable("eu", "timeout"));
        var known = Known(("eu", ["all", "eu"]));

        var desired = Build([("app.yml", Project("app.yml", Labels("eu")))], tree, known);

        var pair = Assert.Single(desired);
        Assert.Equal(("main.eu", false), (pair.Target, pair.Reachable));
        Assert.Equal(["all", "eu"], pair.Labels);
    }

    [Fact]
    public void Build_UnreachableNodeNeverSeen_IsNotPlaced()
    {
        var desired = Build([("app.yml", Project("app.yml"))], Tree(Node(""), ObservedNode.Unreachable("eu", "timeout")));

        Assert.Equal(["main"], Targets(desired));
    }

    [Fact]
    public void Build_NodeBelowAnUnreachableNode_IsPlacedUnreachableToo()
    {
        var tree = Tree(Node(""), ObservedNode.Unreachable("eu", "timeout"));
        var known = Known(("eu", ["all"]), ("eu.late", ["all"]), ("eu.late.night", ["all"]));

        var desired = Build([("app.yml", Project("app.yml"))], tree, known);

        Assert.Equal(
            [("main", true), ("main.eu", false), ("main.eu.late", false), ("main.eu.late.night", false)],
            desired.Select(pair => (pair.Target, pair.Reachable)));
    }

    [Fact]
    public void Build_KnownNodeTheTreeNoLongerLists_IsNotPlaced()
    {
        var desired = Build([("app.yml", Project("app.yml"))], Tree(Node(""), Node("eu")), Known(("us", ["all"]), ("eur", ["all"])));

        Assert.Equal(["main", "main.eu"], Targets(desired));
    }

    [Fact]
    public void Build_ReachableNode_IsPlacedByTheLabelsItHasNow()
    {
        var desired = Build([("app.yml", Project("app.yml", Labels("eu")))], Tree(Node(""), Node("eu", "all")), Known(("eu", ["all", "eu"])));

        Assert.Empty(desired);
    }

    [Fact]
    public void Build_MetadataValueChangesOnOneNode_ChangesTheReadsHashOfAProjectReadingItThereOnly()
    {
        var before = ReadingSettings(Metadata([("settings", "A=1")], Labels("eu")));
        var after = ReadingSettings(Metadata([("settings", "A=2")], Labels("eu")));

        Assert.Equal(ReadsHashOf(before, "main"), ReadsHashOf(after, "main"));
        Assert.NotEqual(ReadsHashOf(before, "main.eu"), ReadsHashOf(after, "main.eu"));
    }

    [Fact]
    public void Build_MetadataValueChanges_LeavesTheSpecHashOfAProjectReadingIt()
    {
        var before = ReadingSettings(Metadata([("settings", "A=1")]));
        var after = ReadingSettings(Metadata([("settings", "A=2")]));

        Assert.Equal(SpecHashOf(before, "app.yml", "main"), SpecHashOf(after, "app.yml", "main"));
        Assert.NotEqual(SpecHashOf(before, "meta.yml", "main"), SpecHashOf(after, "meta.yml", "main"));
    }

    [Fact]
    public void Build_ValueOfAKeyTheProjectDoesNotRead_LeavesItsReadsHash()
    {
        var before = ReadingSettings(Metadata([("settings", "A=1"), ("motd", "hello")]));
        var after = ReadingSettings(Metadata([("settings", "A=1"), ("motd", "goodbye")]));

        Assert.Equal(ReadsHashOf(before, "main"), ReadsHashOf(after, "main"));
    }

    [Fact]
    public void Build_ReadLiveMetadataValueChanges_LeavesTheReadsHashOfAProjectReadingIt()
    {
        var before = ReadingSettings(Metadata([("settings", "A=1")], readLive: true));
        var after = ReadingSettings(Metadata([("settings", "A=2")], readLive: true));

        Assert.Equal(ReadsHashOf(before, "main"), ReadsHashOf(after, "main"));
    }

    [Fact]
    public void Build_LabelsEnvironment_GivesEachNodeItsOwnSpecHash()
    {
        var spec = Project("app.yml") with { LabelsEnvironment = PerKey(("eu", "REGION", "eu"), ("us", "REGION", "us")) };

        var desired = Build([("app.yml", spec)], Tree(Node("eu", "all", "eu"), Node("us", "all", "us")));

        Assert.NotEqual(desired[0].SpecHash, desired[1].SpecHash);
    }

    [Fact]
    public void Build_NothingPerNode_GivesEveryNodeTheSameSpecHash()
    {
        var desired = Build([("app.yml", Project("app.yml"))], Tree(Node("eu", "all", "eu"), Node("us", "all", "us")));

        Assert.Equal(desired[0].SpecHash, desired[1].SpecHash);
    }

    [Fact]
    public void Build_OnlyTheSelectionChanges_LeavesTheSpecHash()
    {
        var tree = Tree(Node("", "all", "eu"));
        var before = Build([("app.yml", Project("app.yml", Labels("all")))], tree);

        var after = Build([("app.yml", Project("app.yml", Labels("eu")) with { MaximumDeployments = 5 })], tree);

        Assert.Equal(Assert.Single(before).SpecHash, Assert.Single(after).SpecHash);
    }

    [Fact]
    public void Build_PairsKeptForTheSpecsThatDidNotChange_GiveWhatAFullBuildGives()
    {
        var tree = Tree(Node(""), Node("eu", "all", "eu"));
        var meta = Metadata([("settings", "A=1")]);
        var reading = Project("a.yml") with { EnvironFromMetadata = "settings" };
        var before = new (string, Spec)[] { ("a.yml", reading), ("b.yml", Project("b.yml")), ("meta.yml", meta) };
        var after = new (string, Spec)[] { ("a.yml", reading), ("b.yml", Project("b.yml", Labels("eu"))), ("c.yml", Project("c.yml")), ("meta.yml", meta) };
        var first = Build(before, tree);

        var kept = DesiredStateBuilder.Build(after, tree, NoneKnown, [], kept: (path, spec) =>
            before.Any(entry => entry.Item1 == path && ReferenceEquals(entry.Item2, spec)) ? first.Where(pair => pair.SpecPath == path).ToList() : null);

        Assert.Equal(Described(Build(after, tree)), Described(kept));
    }

    [Fact]
    public void Build_PairsKeptForASpec_AreTakenAsTheyAre()
    {
        var spec = Project("a.yml");
        var first = Build([("a.yml", spec)], Tree(Node("")));

        var kept = DesiredStateBuilder.Build([("a.yml", spec)], Tree(Node(""), Node("eu")), NoneKnown, [], kept: (_, _) => first);

        Assert.Equal(["main"], Targets(kept));
    }

    private static IEnumerable<string> Described(IReadOnlyList<DesiredDeployment> desired) =>
        desired.Select(pair => $"{pair.SpecPath} {pair.Target} {pair.SpecHash} {pair.ReadsHash} {pair.Reachable}");

    private static IReadOnlyList<DesiredDeployment> Build(
        IReadOnlyList<(string Path, Spec Spec)> specs,
        ObservedTree tree,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? known = null,
        IReadOnlyList<DeploymentRecord>? records = null) =>
        DesiredStateBuilder.Build(specs, tree, known ?? NoneKnown, records ?? []);

    /// <summary><paramref name="metadata"/> beside a project that takes its environment from the key <c>settings</c>, on <c>main</c> and <c>main.eu</c>.</summary>
    private static IReadOnlyList<DesiredDeployment> ReadingSettings(MetadataSpec metadata)
    {
        var project = Project("app.yml") with { EnvironFromMetadata = "settings" };
        return Build([("app.yml", project), ("meta.yml", metadata)], Tree(Node(""), Node("eu", "all", "eu")));
    }

    private static string ReadsHashOf(IReadOnlyList<DesiredDeployment> desired, string target) =>
        desired.Single(pair => pair.SpecPath == "app.yml" && pair.Target == target).ReadsHash;

    private static string SpecHashOf(IReadOnlyList<DesiredDeployment> desired, string path, string target) =>
        desired.Single(pair => pair.SpecPath == path && pair.Target == target).SpecHash;

    private static IEnumerable<string> Targets(IReadOnlyList<DesiredDeployment> desired) => desired.Select(pair => pair.Target);

    private static ObservedTree Tree(params ObservedNode[] nodes) => new(nodes);

    /// <summary>A node that answers, labelled <c>all</c> unless told otherwise.</summary>
    private static ObservedNode Node(string chain, params string[] labels) =>
        new(chain, labels.Length == 0 ? [DeployInSpec.AllLabel] : labels, true, null, new Dictionary<string, ObservedProject>());

    private static Dictionary<string, IReadOnlyList<string>> Known(params (string Chain, string[] Labels)[] nodes) =>
        nodes.ToDictionary(node => node.Chain, node => (IReadOnlyList<string>)node.Labels, StringComparer.Ordinal);

    private static DeploymentRecord Record(string path, string target, DeploymentState state) => new()
    {
        SpecPath = path,
        Target = target,
        Kind = SpecKind.DirectorProject,
        Name = Path.GetFileNameWithoutExtension(path),
        SpecCommit = "1111111111111111111111111111111111111111",
        State = state,
    };
}
