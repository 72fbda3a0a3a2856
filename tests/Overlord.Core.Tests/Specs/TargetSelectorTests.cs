using Overlord.Core.Specs;

namespace Overlord.Core.Tests.Specs;

public sealed class TargetSelectorTests
{
    private static readonly TargetCandidate Root = new("main", null, ["all", "web"]);
    private static readonly TargetCandidate Alpha = new("main", "alpha", ["all", "db"]);
    private static readonly TargetCandidate Charlie = new("main", "alpha.charlie", ["web", "maintenance"]);
    private static readonly TargetCandidate Other = new("backup", null, ["web"]);
    private static readonly TargetCandidate[] All = [Root, Alpha, Charlie, Other];

    [Fact]
    public void Select_DefaultLabels_KeepsNodesLabelledAll()
    {
        var targets = TargetSelector.Select(new DeployInSpec(), All);

        Assert.Equal([Root, Alpha], targets);
    }

    [Fact]
    public void Select_AnyMatchingLabel_KeepsTheNode()
    {
        var targets = TargetSelector.Select(new DeployInSpec { Labels = ["web", "db"] }, All);

        Assert.Equal([Root, Alpha, Charlie, Other], targets);
    }

    [Fact]
    public void Select_ExcludedLabel_WinsOverAMatchingLabel()
    {
        var targets = TargetSelector.Select(new DeployInSpec { Labels = ["web"], Exclude = ["maintenance"] }, All);

        Assert.Equal([Root, Other], targets);
    }

    [Fact]
    public void SelectPerEntrypoint_CoversTheStartNodeAndItsDescendants()
    {
        var targets = TargetSelector.SelectPerEntrypoint(new DeployInSpec { Entrypoints = ["main.alpha"], Labels = ["db", "web"] }, All);

        Assert.Equal([Alpha, Charlie], targets);
    }

    [Fact]
    public void SelectPerEntrypoint_OverlappingEntrypoints_DeployTwice()
    {
        var targets = TargetSelector.SelectPerEntrypoint(new DeployInSpec { Entrypoints = ["main", "main.alpha.charlie"], Labels = ["web"] }, All);

        Assert.Equal([Root, Charlie, Charlie], targets);
    }

    [Fact]
    public void Covers_SiblingWithCommonPrefix_IsNotADescendant()
    {
        var entry = DeployEntrypoint.Parse("main.alpha");

        Assert.False(entry.Covers(new TargetCandidate("main", "alphabet", ["all"])));
        Assert.Equal(new DeployEntrypoint("main", "alpha"), entry);
    }
}
