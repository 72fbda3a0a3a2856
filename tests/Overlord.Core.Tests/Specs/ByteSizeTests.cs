using Overlord.Core.Specs;

namespace Overlord.Core.Tests.Specs;

public sealed class ByteSizeTests
{
    [Theory]
    [InlineData("1024", 1024L)]
    [InlineData("512m", 512L * 1024 * 1024)]
    [InlineData("1G", 1L << 30)]
    [InlineData("1.5 GiB", 3L << 29)]
    [InlineData("100k", 102_400L)]
    [InlineData("2 KB", 2048L)]
    [InlineData("7 bytes", 7L)]
    public void TryParse_BinarySizes_GivesBytes(string text, long expected)
    {
        Assert.True(ByteSize.TryParse(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-1m")]
    [InlineData("1q")]
    [InlineData("99999999999999999999e")]
    public void TryParse_NotASize_IsRefused(string text)
    {
        Assert.False(ByteSize.TryParse(text, out _));
    }

    [Theory]
    [InlineData("20G", true)]
    [InlineData("512m", true)]
    [InlineData("1.5G", false)]
    [InlineData("20 GB", false)]
    public void IsDiskSize_TakesWhatTruncateTakes(string text, bool expected)
    {
        Assert.Equal(expected, ByteSize.IsDiskSize(text));
    }
}
