using System.Text;
using Overlord.Agent.Git;

namespace Overlord.Agent.Tests.Git;

public sealed class CatFileBatchParserTests
{
    [Fact]
    public void Parse_BlobMissingAndTree_ReturnsContentOnlyForTheBlob()
    {
        var output = new List<byte>();
        output.AddRange(Encoding.UTF8.GetBytes("1111111111111111111111111111111111111111 blob 4\n"));
        output.AddRange([0, 10, 255, 32]);
        output.AddRange(Encoding.UTF8.GetBytes("\nabc:with space missing\n"));
        output.AddRange(Encoding.UTF8.GetBytes("2222222222222222222222222222222222222222 tree 0\n\n"));

        var files = CatFileBatchParser.Parse(output.ToArray(), ["a.bin", "with space", "dir"]);

        Assert.Equal([0, 10, 255, 32], files[0].Content);
        Assert.Null(files[1].Content);
        Assert.Null(files[2].Content);
    }

    [Fact]
    public void Parse_ContentShorterThanAnnounced_Throws()
    {
        var output = Encoding.UTF8.GetBytes("1111111111111111111111111111111111111111 blob 10\nabc\n");

        Assert.Throws<FormatException>(() => CatFileBatchParser.Parse(output, ["a"]));
    }
}
