using Overlord.Agent.Convergence;
using Overlord.Core.Specs;
using static Overlord.Agent.Tests.Convergence.ReadsSpecs;

namespace Overlord.Agent.Tests.Convergence;

/// <summary>What <see cref="MetadataReads"/> says of the kinds other than directorProject.</summary>
public sealed class MetadataReadsKindsTests
{
    [Fact]
    public void Of_VmMakejailFromMetadata_ReadsItAndWhatItIncludes()
    {
        var metadata = Metadata(("vm.makejail", "INCLUDE common.makejail"), ("common.makejail", ""));

        var reads = MetadataReads.Of(Vm(makejailFromMetadata: "vm.makejail"), NoEnvironment, metadata);

        Assert.Equal(MetadataReadSet.Of(["vm.makejail", "common.makejail"]), reads);
    }

    [Fact]
    public void Of_VmRemoteMakejail_ReadsNothing()
    {
        var reads = MetadataReads.Of(Vm(makejail: "gh+AppJail-makejails/bhyve"), NoEnvironment, NoMetadata);

        Assert.Equal(MetadataReadSet.None, reads);
    }

    [Fact]
    public void Of_VmLocalMakejail_ReadsEverything()
    {
        var reads = MetadataReads.Of(Vm(makejail: "/root/vm.makejail"), NoEnvironment, NoMetadata);

        Assert.Equal(MetadataReadSet.All, reads);
    }

    [Fact]
    public void Of_VmCopyingMetadataIntoTheJail_ReadsThePrefixedKeys()
    {
        var spec = Vm(makejail: "gh+AppJail-makejails/bhyve") with { Metadata = ["ssh-key"], MetadataPrefix = "vm1" };

        var reads = MetadataReads.Of(spec, NoEnvironment, NoMetadata);

        Assert.Equal(MetadataReadSet.Of(["vm1.ssh-key"]), reads);
    }

    [Fact]
    public void Of_AppConfig_ReadsItsTemplateOnly()
    {
        var spec = new AppConfigSpec { AppName = "web", AppFrom = "web.template" };

        var reads = MetadataReads.Of(spec, NoEnvironment, Metadata(("web.template", "${OVERLORD_METADATA}/other")));

        Assert.Equal(MetadataReadSet.Of(["web.template"]), reads);
    }

    [Fact]
    public void Of_MetadataSpec_ReadsNothing()
    {
        var spec = new MetadataSpec { Metadata = new Dictionary<string, string> { ["a"] = "${OVERLORD_METADATA}/b" } };

        Assert.Equal(MetadataReadSet.None, MetadataReads.Of(spec, NoEnvironment, NoMetadata));
    }

    [Fact]
    public void Of_ReadOnlySpec_ReadsNothing()
    {
        Assert.Equal(MetadataReadSet.None, MetadataReads.Of(new ReadOnlySpec(), NoEnvironment, NoMetadata));
    }
}
