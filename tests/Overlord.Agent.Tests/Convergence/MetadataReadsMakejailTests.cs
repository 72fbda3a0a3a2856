using Overlord.Agent.Convergence;
using static Overlord.Agent.Tests.Convergence.ReadsSpecs;

namespace Overlord.Agent.Tests.Convergence;

/// <summary>What <see cref="MetadataReads"/> finds inside Makejails held in metadata.</summary>
public sealed class MetadataReadsMakejailTests
{
    private static MetadataReadSet ReadsOfWeb(params (string Key, string Value)[] metadata) =>
        MetadataReads.Of(Using("web.makejail"), NoEnvironment, Metadata(metadata));

    [Fact]
    public void Of_IncludeOfMetadataKey_ReadsTheIncludedMakejailAndWhatItNames()
    {
        var reads = ReadsOfWeb(
            ("web.makejail", "INCLUDE ${OVERLORD_METADATA}/base.makejail"),
            ("base.makejail", "INCLUDE common.makejail"),
            ("common.makejail", "RUN cp ${OVERLORD_METADATA}/motd /etc/motd"));

        Assert.Equal(MetadataReadSet.Of(["web.makejail", "base.makejail", "common.makejail", "motd"]), reads);
    }

    [Fact]
    public void Of_CopySourcesThatAreMetadataKeys_ReadsThem()
    {
        var reads = ReadsOfWeb(
            ("web.makejail", "COPY --verbose page.html www/\nCOPY ${OVERLORD_METADATA}/style.css www/"),
            ("page.html", "<p>hi</p>"));

        Assert.Equal(MetadataReadSet.Of(["web.makejail", "page.html", "style.css"]), reads);
    }

    [Fact]
    public void Of_CopySourceOnNodeDisk_ReadsNoMetadata()
    {
        var reads = ReadsOfWeb(("web.makejail", "COPY /usr/local/www/index.html www/"));

        Assert.Equal(MetadataReadSet.Of(["web.makejail"]), reads);
    }

    [Fact]
    public void Of_RemoteInclude_ReadsNothingMore()
    {
        var reads = ReadsOfWeb(("web.makejail", "INCLUDE gh+AppJail-makejails/nginx"));

        Assert.Equal(MetadataReadSet.Of(["web.makejail"]), reads);
    }

    [Fact]
    public void Of_IncludeOfFileOnNodeDisk_ReadsEverything()
    {
        var reads = ReadsOfWeb(("web.makejail", "INCLUDE /usr/local/makejails/base"));

        Assert.Equal(MetadataReadSet.All, reads);
    }

    [Fact]
    public void Of_LowerCaseContinuedAndQuotedInstructions_AreRead()
    {
        var makejail = """
            # INCLUDE commented.makejail
            include \
              "base.makejail"
            Copy --verbose 'page.html' \
              www/
            """;

        var reads = ReadsOfWeb(("web.makejail", makejail), ("base.makejail", ""), ("page.html", ""), ("commented.makejail", ""));

        Assert.Equal(MetadataReadSet.Of(["web.makejail", "base.makejail", "page.html"]), reads);
    }

    [Fact]
    public void Of_IncludeCycle_ReadsEachMakejailOnce()
    {
        var reads = ReadsOfWeb(("web.makejail", "INCLUDE a.makejail"), ("a.makejail", "INCLUDE web.makejail"));

        Assert.Equal(MetadataReadSet.Of(["web.makejail", "a.makejail"]), reads);
    }

    [Fact]
    public void Of_IncludeChainDeeperThanTheLimit_ReadsEverything()
    {
        var chain = Enumerable.Range(0, 40).Select(index => ($"m{index}", $"INCLUDE m{index + 1}")).ToArray();

        var reads = MetadataReads.Of(Using("m0"), NoEnvironment, Metadata(chain));

        Assert.Equal(MetadataReadSet.All, reads);
    }

    [Fact]
    public void Of_MetadataPathFollowedByPunctuation_ReadsTheKeyWithoutIt()
    {
        var reads = ReadsOfWeb(("web.makejail", "RUN echo \"see ${OVERLORD_METADATA}/notes.txt.\""));

        Assert.Equal(MetadataReadSet.Of(["web.makejail", "notes.txt"]), reads);
    }

    [Fact]
    public void Of_MetadataPathNotStartingWithLetter_ReadsNoKey()
    {
        var reads = ReadsOfWeb(("web.makejail", "RUN cat ${OVERLORD_METADATA}/1st ${OVERLORD_METADATA_OLD}/x"));

        Assert.Equal(MetadataReadSet.Of(["web.makejail"]), reads);
    }

    [Fact]
    public void Of_LongAdversarialMetadataPath_ReturnsTheWholeKey()
    {
        var run = string.Concat(Enumerable.Repeat("a.", 25_000));

        var reads = ReadsOfWeb(("web.makejail", $"RUN cat ${{OVERLORD_METADATA}}/{run}!"));

        Assert.Equal(MetadataReadSet.Of(["web.makejail", run.TrimEnd('.')]), reads);
    }
}
