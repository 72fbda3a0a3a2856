using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Client.Deployment;
using Overlord.Core.Specs;

namespace Overlord.Client.Tests.Deployment;

public sealed class DeployPlannerTests
{
    private static readonly DeployTarget Root = new("main", null, ["all"]);
    private static readonly DeployTarget Alpha = new("main", "alpha", ["all"]);
    private static readonly DeployTarget Charlie = new("main", "alpha.charlie", ["all"]);

    [Fact]
    public void AutoscaleMetadata_IsJsonIndentedByFour_WithFileEnvironmentScaleAndPorts()
    {
        var spec = (DirectorProjectSpec)DeploySpecs.Project("autoScale:\n  replicas:\n    min: 2\n  labels: [web]\nreserve_port:\n  em0: null\n");

        var text = DeployPlanner.AutoscaleMetadata(spec, "services: {}\n", new Dictionary<string, string> { ["A"] = "1" });

        Assert.StartsWith("{\n    \"projectFile\": \"services: {}\\n\",\n    \"environment\": {\n        \"A\": \"1\"\n    },\n", text, StringComparison.Ordinal);
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal(2, json.GetProperty("autoScale").GetProperty("replicas").GetProperty("min").GetInt32());
        Assert.Equal("web", json.GetProperty("autoScale").GetProperty("labels")[0].GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("reserve_port").GetProperty("em0").ValueKind);
    }

    [Theory]
    [InlineData(true, """{"force": true}""")]
    [InlineData(false, """{"force": false}""")]
    public void CleanupMetadata_IsWhatJsonDumpsWrote(bool force, string expected)
    {
        Assert.Equal(expected, DeployPlanner.CleanupMetadata(force));
    }

    [Fact]
    public void AutoscaleKeys_NameTheProject()
    {
        Assert.Equal("overlord.autoscale.web", DeployPlanner.AutoscaleKey("web"));
        Assert.Equal("overlord.autoscale-cleanup.web", DeployPlanner.AutoscaleCleanupKey("web"));
    }

    [Fact]
    public void FilterForDestroy_WithFilters_KeepsNamedChainsAndSkipsTheRoot()
    {
        var kept = DeployPlanner.FilterForDestroy([Root, Alpha, Charlie], ["alpha.charlie"], keepRoot: false);

        Assert.Equal([Charlie], kept);
    }

    [Fact]
    public void FilterForDestroy_WithFilterRootChain_KeepsTheRoot()
    {
        var kept = DeployPlanner.FilterForDestroy([Root, Alpha, Charlie], ["alpha"], keepRoot: true);

        Assert.Equal([Root, Alpha], kept);
    }

    [Fact]
    public void FilterForDestroy_WithoutFilters_KeepsEveryTarget()
    {
        Assert.Equal([Root, Alpha, Charlie], DeployPlanner.FilterForDestroy([Root, Alpha, Charlie], [], keepRoot: false));
    }

    [Fact]
    public void FilterForCancel_WithFilters_NeverKeepsTheRoot()
    {
        Assert.Equal([Alpha], DeployPlanner.FilterForCancel([Root, Alpha, Charlie], ["alpha", "main"]));
        Assert.Equal([Root, Alpha], DeployPlanner.FilterForCancel([Root, Alpha], []));
    }

    [Theory]
    [InlineData(1, 1, 8, 1)]
    [InlineData(3, 1, 8, 3)]
    [InlineData(20, 1, 8, 8)]
    [InlineData(2, 3, 8, 1)]
    [InlineData(7, 3, 8, 3)]
    public void WaveSize_NeverSendsMoreTargetsThanTheRemainingDeploymentsNeed(long remaining, int units, int concurrency, int expected)
    {
        Assert.Equal(expected, DeployPlanner.WaveSize(remaining, units, concurrency));
    }

    [Fact]
    public void UnitsPerTarget_CountsEachMetadataKeyAndTheNamespace()
    {
        var metadata = DeploySpecs.Kind("metadata", "metadata:\n  a: '1'\n  b: '2'\nnamespace:\n  name: ns\n  mapping:\n    - directory: d\n");

        Assert.Equal(3, DeployPlanner.UnitsPerTarget(metadata));
        Assert.Equal(1, DeployPlanner.UnitsPerTarget(DeploySpecs.Project()));
    }

    [Fact]
    public void NamespaceMapping_AppliesThePrefixAndKeepsIdsAsNumbers()
    {
        var spec = (MetadataSpec)DeploySpecs.Kind("metadata", """
            metadataPrefix: web
            metadata:
              conf: x
            namespace:
              name: site
              mapping:
                - file: "conf:etc/app.conf"
                  owner: 80
                  group: www
                  mode: 0644
                - directory: var/log
            """);

        var mapping = DeployPlanner.NamespaceMapping(spec);

        Assert.Equal(["web.conf", "etc/app.conf"], mapping[0].File);
        Assert.Equal(AccountRef.FromId(80), mapping[0].Owner);
        Assert.Equal(AccountRef.FromName("www"), mapping[0].Group);
        Assert.Equal(420, mapping[0].Mode);
        Assert.Equal("var/log", mapping[1].Directory);
    }

    [Fact]
    public void VmProfile_CarriesTheMakejailLayoutAndRestart()
    {
        var spec = (VmJailSpec)DeploySpecs.Kind("vmJail", """
            vmName: vm1
            makejail: gh+AppJail-makejails/bhyve
            template:
              loader: bhyveload
            diskLayout:
              driver: nvme
              size: 10G
              from:
                type: img
                imgFile: /tmp/disk.img
            """);

        var profile = DeployPlanner.VmProfile(spec, restart: true);

        Assert.Equal("gh+AppJail-makejails/bhyve", profile.Makejail);
        Assert.Null(profile.MakejailFromMetadata);
        Assert.True(profile.Restart);
        Assert.Equal("bhyveload", profile.Template!["loader"]);
        Assert.Equal("nvme", (string?)profile.DiskLayout!["driver"]);
        Assert.Equal("img", (string?)profile.DiskLayout!["from"]!["type"]);
    }
}
