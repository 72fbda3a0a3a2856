using Overlord.Runtime.Inspection;

namespace Overlord.Runtime.Tests;

/// <summary>AnsiText.Strip, the original's <c>sansi</c>: CSI sequences out, lines joined with <c>\n</c>.</summary>
public sealed class LogTreeAnsiTests
{
    [Theory]
    [InlineData("\u001b[1;32mOK\u001b[0m done", "OK done")]
    [InlineData("\u009b31mred\u009b0m", "red")]
    [InlineData("\u001b[2K\u001b[1Gprogress", "progress")]
    [InlineData("[00:00:01] [ info  ] plain", "[00:00:01] [ info  ] plain")]
    public void Strip_RemovesControlSequences(string text, string expected)
    {
        Assert.Equal(expected, AnsiText.Strip(text));
    }

    [Theory]
    [InlineData("a\r\nb\rc\n", "a\nb\nc")]
    [InlineData("a\n\nb\n", "a\n\nb")]
    [InlineData("a\u2028b\fc", "a\nb\nc")]
    [InlineData("\n", "")]
    [InlineData("", "")]
    public void Strip_JoinsLinesAsPythonSplitlinesThenJoin(string text, string expected)
    {
        Assert.Equal(expected, AnsiText.Strip(text));
    }
}
