using Overlord.Agent.Convergence;
using Overlord.Core.Specs;
using static Overlord.Agent.Tests.Convergence.ReadsSpecs;

namespace Overlord.Agent.Tests.Convergence;

public sealed class MetadataReadsTests
{
    [Fact]
    public void Of_HelloExampleOnNodeHoldingHelloFiles_ReadsTheMakejailAndThePageItNames()
    {
        var hello = Example("process/hello.yml");
        var files = (MetadataSpec)Example("process/hello-files.yml");
        var environment = new Dictionary<string, string> { ["PORT"] = "8080", ["REGION"] = "any" };

        var reads = MetadataReads.Of(hello, environment, files.EffectiveMetadata());

        Assert.Equal(MetadataReadSet.Of(["hello.makejail", "hello.html"]), reads);
    }

    [Fact]
    public void Of_MakejailNamedByMetadataKey_ReadsItAndTheFilesItNames()
    {
        var metadata = Metadata(("web.makejail", "RUN cat ${OVERLORD_METADATA}/page.html $OVERLORD_METADATA/style.css"));

        var reads = MetadataReads.Of(Using("${OVERLORD_METADATA}/web.makejail"), NoEnvironment, metadata);

        Assert.Equal(MetadataReadSet.Of(["web.makejail", "page.html", "style.css"]), reads);
    }

    [Fact]
    public void Of_MakejailAsBareMetadataVariable_ReadsTheKey()
    {
        var reads = MetadataReads.Of(Using("$OVERLORD_METADATA/web.makejail"), NoEnvironment, Metadata(("web.makejail", "")));

        Assert.Equal(MetadataReadSet.Of(["web.makejail"]), reads);
    }

    [Fact]
    public void Of_MetadataMakejailMissingOnNode_ReadsTheKeyOnly()
    {
        var reads = MetadataReads.Of(Using("${OVERLORD_METADATA}/web.makejail"), NoEnvironment, NoMetadata);

        Assert.Equal(MetadataReadSet.Of(["web.makejail"]), reads);
    }

    [Fact]
    public void Of_MakejailFromEnvironment_ExpandsItBeforeDecidingWhatItIs()
    {
        var environment = new Dictionary<string, string> { ["MAKEJAIL"] = "web.makejail" };

        var reads = MetadataReads.Of(Using("${MAKEJAIL}"), environment, Metadata(("web.makejail", "")));

        Assert.Equal(MetadataReadSet.Of(["web.makejail"]), reads);
    }

    [Fact]
    public void Of_MakejailReferenceWithDefault_UsesTheDefaultWhenUnset()
    {
        var reads = MetadataReads.Of(Using("${MAKEJAIL:web.makejail}"), NoEnvironment, Metadata(("web.makejail", "")));

        Assert.Equal(MetadataReadSet.Of(["web.makejail"]), reads);
    }

    [Fact]
    public void Of_MakejailReferenceUnset_ReadsEverything()
    {
        var reads = MetadataReads.Of(Using("${MAKEJAIL}"), NoEnvironment, Metadata(("web.makejail", "")));

        Assert.Equal(MetadataReadSet.All, reads);
    }

    [Fact]
    public void Of_ManyMalformedReferencesBeforeAMetadataPath_StillReadsIt()
    {
        var noise = string.Concat(Enumerable.Repeat("${{", 20_000));
        var spec = Project($$"""
            services:
              web:
                makejail: gh+user/web
                arguments:
                  - page: "{{noise}}${OVERLORD_METADATA}/${PAGE}"
            """);
        var environment = new Dictionary<string, string> { ["PAGE"] = "index.html" };

        var reads = MetadataReads.Of(spec, environment, NoMetadata);

        Assert.Equal(MetadataReadSet.Of(["index.html"]), reads);
    }

    [Fact]
    public void Of_EnvironmentSettingOverlordMetadata_LeavesTheVariableForTheRuntime()
    {
        var environment = new Dictionary<string, string> { ["OVERLORD_METADATA"] = "/elsewhere", ["NAME"] = "web" };

        var reads = MetadataReads.Of(Using("${OVERLORD_METADATA}/$NAME.makejail"), environment, NoMetadata);

        Assert.Equal(MetadataReadSet.Of(["web.makejail"]), reads);
    }

    [Fact]
    public void Of_MetadataPathInServiceArguments_ReadsTheKey()
    {
        var spec = Project("""
            services:
              web:
                makejail: gh+user/web
                arguments:
                  - page: ${OVERLORD_METADATA}/${PAGE}
            """);
        var environment = new Dictionary<string, string> { ["PAGE"] = "index.html" };

        var reads = MetadataReads.Of(spec, environment, NoMetadata);

        Assert.Equal(MetadataReadSet.Of(["index.html"]), reads);
    }

    [Theory]
    [InlineData("gh+user/web")]
    [InlineData("gl+user/web")]
    [InlineData("https://example.org/Makejail")]
    public void Of_RemoteMakejail_ReadsNothing(string makejail)
    {
        var reads = MetadataReads.Of(Using(makejail), NoEnvironment, Metadata(("web", "")));

        Assert.Equal(MetadataReadSet.None, reads);
    }

    [Theory]
    [InlineData("/usr/local/makejails/web")]
    [InlineData("makejails/web")]
    [InlineData("web.makejail")]
    public void Of_MakejailOnNodeDisk_ReadsEverything(string makejail)
    {
        var reads = MetadataReads.Of(Using(makejail), NoEnvironment, Metadata(("other", "")));

        Assert.Equal(MetadataReadSet.All, reads);
    }

    [Fact]
    public void Of_ServiceWithoutMakejail_ReadsDirectorsDefaultMakejailFromMetadata()
    {
        var spec = Project("""
            services:
              web:
                name: web
            """);

        var reads = MetadataReads.Of(spec, NoEnvironment, Metadata(("Makejail", "")));

        Assert.Equal(MetadataReadSet.Of(["Makejail"]), reads);
    }

    [Fact]
    public void Of_ServiceMakejailFromYamlMergeKey_ReadsTheMergedMakejail()
    {
        var spec = Project("""
            base: &base
              makejail: web.makejail
            services:
              web:
                <<: *base
            """);

        var reads = MetadataReads.Of(spec, NoEnvironment, Metadata(("web.makejail", "")));

        Assert.Equal(MetadataReadSet.Of(["web.makejail"]), reads);
    }

    [Theory]
    [InlineData("services: [unclosed")]
    [InlineData("name: web")]
    [InlineData("services: web")]
    [InlineData("")]
    public void Of_DirectorFileWithoutServicesMapping_ReadsEverything(string directorFile)
    {
        var reads = MetadataReads.Of(Project(directorFile), NoEnvironment, NoMetadata);

        Assert.Equal(MetadataReadSet.All, reads);
    }

    [Fact]
    public void Of_ProjectFromMetadata_ReadsTheKeyAndWhatTheFileReads()
    {
        var spec = new DirectorProjectSpec { ProjectName = "app", ProjectFromMetadata = "app.yml" };
        var metadata = Metadata(("app.yml", "services:\n  web:\n    makejail: web.makejail\n"), ("web.makejail", ""));

        var reads = MetadataReads.Of(spec, NoEnvironment, metadata);

        Assert.Equal(MetadataReadSet.Of(["app.yml", "web.makejail"]), reads);
    }

    [Fact]
    public void Of_ProjectFromMetadataMissingOnNode_ReadsEverything()
    {
        var spec = new DirectorProjectSpec { ProjectName = "app", ProjectFromMetadata = "app.yml" };

        var reads = MetadataReads.Of(spec, NoEnvironment, NoMetadata);

        Assert.Equal(MetadataReadSet.All, reads);
    }

    [Fact]
    public void Of_EnvironFromMetadata_ReadsTheKey()
    {
        var spec = Using("gh+user/web") with { EnvironFromMetadata = "app.env" };

        var reads = MetadataReads.Of(spec, NoEnvironment, NoMetadata);

        Assert.Equal(MetadataReadSet.Of(["app.env"]), reads);
    }
}
