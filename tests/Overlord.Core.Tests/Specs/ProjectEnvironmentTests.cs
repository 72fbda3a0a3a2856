using Overlord.Core.Specs;

namespace Overlord.Core.Tests.Specs;

public sealed class ProjectEnvironmentTests
{
    private static readonly DirectorProjectSpec Project = SpecFixtures.LoadValid<DirectorProjectSpec>(SpecFixtures.Header + """
        kind: directorProject
        projectName: api
        projectFromMetadata: api
        environment:
          LEVEL: environment
          ONLY_BASE: base
        labelsEnvironment:
          web:
            LEVEL: label-web
            WEB: "1"
          edge:
            LEVEL: label-edge
        chainsEnvironment:
          <root>:
            LEVEL: chain-root
          alpha.charlie:
            LEVEL: chain-charlie
        datacentersEnvironment:
          main:
            LEVEL: datacenter
            DC: main
        """);

    [Fact]
    public void Merge_LabelsApplyInTheNodesOrder()
    {
        var environment = ProjectEnvironment.Merge(Project with { ChainsEnvironment = new Dictionary<string, IReadOnlyDictionary<string, string>>() }, ["edge", "web"], "x", null, null);

        Assert.Equal("label-web", environment["LEVEL"]);
        Assert.Equal("1", environment["WEB"]);
        Assert.Equal("base", environment["ONLY_BASE"]);
    }

    [Fact]
    public void Merge_ChainPathOverridesLabels()
    {
        var environment = ProjectEnvironment.Merge(Project, ["web"], "alpha.charlie", null, null);

        Assert.Equal("chain-charlie", environment["LEVEL"]);
    }

    [Fact]
    public void Merge_NoChainUsesRootKey()
    {
        var environment = ProjectEnvironment.Merge(Project, ["web"], null, null, null);

        Assert.Equal("chain-root", environment["LEVEL"]);
    }

    [Fact]
    public void Merge_DatacenterOverridesChain()
    {
        var environment = ProjectEnvironment.Merge(Project, ["web"], null, "main", null);

        Assert.Equal("datacenter", environment["LEVEL"]);
        Assert.Equal("main", environment["DC"]);
    }

    [Fact]
    public void Merge_EnvironFromMetadataHasTheLastWord()
    {
        var environment = ProjectEnvironment.Merge(Project, ["web"], null, "main", new Dictionary<string, string> { ["LEVEL"] = "metadata" });

        Assert.Equal("metadata", environment["LEVEL"]);
        Assert.Equal(["LEVEL", "ONLY_BASE", "WEB", "DC"], environment.Keys);
    }
}
