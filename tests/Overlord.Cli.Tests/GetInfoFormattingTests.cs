using System.Text.Json;
using Overlord.Cli.Output;

namespace Overlord.Cli.Tests;

public sealed class GetInfoFormattingTests
{
    [Theory]
    [InlineData("""{"name": "app", "status": 0, "jail": "a1"}""", "{'name': 'app', 'status': 0, 'jail': 'a1'}")]
    [InlineData("""{"errlevel": 0, "message": null, "failed": [], "ok": true}""", "{'errlevel': 0, 'message': None, 'failed': [], 'ok': True}")]
    [InlineData("\"it's\"", "\"it's\"")]
    [InlineData("\"both ' and \\\"\"", "'both \\' and \"'")]
    [InlineData("\"a\\nb\\t\\\\\"", "'a\\nb\\t\\\\'")]
    [InlineData("\"\\u0001\\u00e9\"", "'\\x01é'")]
    [InlineData("[1.5, 2.0, 1e16, 0.0001, 0.00001, 123456789012345678]", "[1.5, 2.0, 1e+16, 0.0001, 1e-05, 123456789012345678]")]
    public void Repr_WritesPythonLiterals(string json, string expected)
    {
        Assert.Equal(expected, PyRepr.Repr(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void Str_OfAString_IsTheTextItself()
    {
        Assert.Equal("it's", PyRepr.Str(JsonDocument.Parse("\"it's\"").RootElement));
    }

    [Theory]
    [InlineData(0, "0 seconds")]
    [InlineData(1, "1 second")]
    [InlineData(2.5, "2.5 seconds")]
    [InlineData(59.999, "60 seconds")]
    [InlineData(60, "1 minute")]
    [InlineData(182.5, "3 minutes and 2.5 seconds")]
    [InlineData(3661, "1 hour, 1 minute and 1 second")]
    [InlineData(90061.25, "1 day, 1 hour and 1 minute")]
    public void Timespan_IsHumanfriendlyFormatTimespan(double seconds, string expected)
    {
        Assert.Equal(expected, HumanFriendly.Timespan(seconds));
    }

    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1, "1 byte")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(1536, "1.5 KiB")]
    [InlineData(1048576, "1 MiB")]
    [InlineData(5368709120, "5 GiB")]
    public void Size_IsHumanfriendlyFormatSizeInBinaryUnits(long bytes, string expected)
    {
        Assert.Equal(expected, HumanFriendly.Size(bytes));
    }

    [Theory]
    [InlineData(0x81A4, "-rw-r--r--")]
    [InlineData(0x41ED, "drwxr-xr-x")]
    [InlineData(0x8FED, "-rwsr-sr-t")]
    [InlineData(0x89A4, "-rwSr--r--")]
    [InlineData(0x1A4, "?rw-r--r--")]
    public void FileMode_IsPythonsStatFilemode(int mode, string expected)
    {
        Assert.Equal(expected, FileModes.Format(mode));
    }

    [Fact]
    public void RctlValue_ShowsBytesInBinaryUnitsAndCountsAsThey_Are()
    {
        Assert.Equal("1048576 (1 MiB)", RctlValues.Format("memoryuse", JsonDocument.Parse("1048576").RootElement));
        Assert.Equal("12", RctlValues.Format("maxproc", JsonDocument.Parse("12").RootElement));
    }
}
