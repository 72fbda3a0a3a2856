using Overlord.Core.Chains;

namespace Overlord.Core.Tests.Chains;

public sealed class ChainPathTests
{
    [Theory]
    [InlineData("alpha")]
    [InlineData("alpha.charlie")]
    [InlineData("_x.node-2.C3")]
    public void Parse_ValidPath_KeepsItsSegments(string text)
    {
        var path = ChainPath.Parse(text);

        Assert.Equal(text.Split('.'), path.Segments);
        Assert.Equal(text, path.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("alpha..charlie")]
    [InlineData(".alpha")]
    [InlineData("alpha.")]
    [InlineData("-alpha")]
    [InlineData("alpha/charlie")]
    [InlineData("alpha charlie")]
    [InlineData("alpha\n")]
    [InlineData("../etc")]
    public void TryParse_BadSegment_IsRefusedWithAReason(string text)
    {
        var parsed = ChainPath.TryParse(text, out var path, out var error);

        Assert.False(parsed);
        Assert.Null(path);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Equal_paths_are_equal_and_hash_alike()
    {
        var left = ChainPath.Parse("alpha").Append(ChainPath.Parse("charlie"));
        var right = ChainPath.Parse("alpha.charlie");

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }
}
