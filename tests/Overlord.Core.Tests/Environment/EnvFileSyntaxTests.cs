using Overlord.Core.Environment;
using Overlord.Testing;

namespace Overlord.Core.Tests.Environment;

/// <summary>
/// How a line of an env file reads, checked against python-dotenv 1.2 (<c>dotenv_values</c> on the same text gave
/// every expected value here). Expansion is in <see cref="EnvFileInterpolationTests"/>.
/// </summary>
public sealed class EnvFileSyntaxTests
{
    [Theory]
    [InlineData("export X=1", "X", "1")]
    [InlineData("  export   X = 1  ", "X", "1")]
    [InlineData("export\tX=1", "X", "1")]
    [InlineData("exportX=1", "exportX", "1")]
    [InlineData("export=1", "export", "1")]
    public void Parse_ExportPrefix_IsDroppedOnlyWhenSpaceFollowsIt(string text, string key, string value)
    {
        var values = Values(text);

        Assert.Equal(value, Assert.Contains(key, values));
    }

    [Theory]
    [InlineData("""A="x\ny" """, "x\ny")]
    [InlineData("""A="x\ty" """, "x\ty")]
    [InlineData("""A="say \"hi\"" """, "say \"hi\"")]
    [InlineData("""A="back\\slash" """, "back\\slash")]
    [InlineData("""A="\\n" """, "\\n")]
    [InlineData("""A="it\'s" """, "it's")]
    [InlineData("""A="\a\b\f\r\v" """, "\a\b\f\r\v")]
    [InlineData("""A="\x41\u00e9\$" """, "\\x41\\u00e9\\$")]
    public void Parse_DoubleQuotedEscapes_AreDecodedAsPythonDotenvDoes(string text, string expected)
    {
        var values = Values(text);

        Assert.Equal(expected, values["A"]);
    }

    [Theory]
    [InlineData("""A='it\'s'""", "it's")]
    [InlineData("""A='back\\slash'""", "back\\slash")]
    [InlineData("""A='x\ny'""", "x\\ny")]
    [InlineData("""A='say "hi"'""", "say \"hi\"")]
    public void Parse_SingleQuotedValue_DecodesOnlyBackslashAndQuote(string text, string expected)
    {
        var values = Values(text);

        Assert.Equal(expected, values["A"]);
    }

    [Theory]
    [InlineData("A=x #comment", "x")]
    [InlineData("A=x\t#comment", "x")]
    [InlineData("A=x#not-a-comment", "x#not-a-comment")]
    [InlineData("A=a  b   ", "a  b")]
    [InlineData("A= #c", "#c")]
    [InlineData("A='x' # comment", "x")]
    [InlineData("A=\"x\"#comment", "x")]
    [InlineData("A=", "")]
    [InlineData("A=1\tB=2", "1\tB=2")]
    public void Parse_UnquotedValueAndComments_FollowPythonDotenv(string text, string expected)
    {
        var values = Values(text);

        Assert.Equal(expected, values["A"]);
    }

    [Fact]
    public void Parse_CommentLinesBlankLinesAndCrLf_AreSkipped()
    {
        var values = Values("# a comment\r\n\r\n   # indented comment\r\nA=1 # trailing\r\n#B=2\r\n\r\n C=3\r\n");

        Assert.Equal(new Dictionary<string, string> { ["A"] = "1", ["C"] = "3" }, values);
    }

    [Fact]
    public void Parse_QuotedValue_SpansLines()
    {
        var values = Values("A=\"first\nsecond\" # c\nB='x\ny'\nC=3");

        Assert.Equal(new Dictionary<string, string> { ["A"] = "first\nsecond", ["B"] = "x\ny", ["C"] = "3" }, values);
    }

    [Fact]
    public void Parse_SingleQuotedKey_MayHoldSpaces()
    {
        var values = Values("'my key'=v");

        Assert.Equal("v", values["my key"]);
    }

    [Fact]
    public void Parse_KeyWrittenTwice_TakesTheLastValue()
    {
        var values = Values("A=1\nA=2");

        Assert.Equal("2", values["A"]);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("export A")]
    [InlineData("A=1\nA")]
    [InlineData("A#b=1")]
    public void Parse_BareKey_SetsNothing(string text)
    {
        var values = Values(text);

        Assert.DoesNotContain("A", values.Keys);
    }

    [Theory]
    [InlineData("A='a' junk\nC=1", 1)]
    [InlineData("X=0\n\nA  B=1\nC=1", 3)]
    [InlineData("=x\nC=1", 1)]
    [InlineData("A=\"unterminated\nC=1", 1)]
    [InlineData("''=1\nC=1", 1)]
    public void Parse_StatementPythonDotenvCannotParse_IsSkippedToTheEndOfItsLineAndReported(string text, int line)
    {
        var file = EnvFile.Parse(text);

        var values = file.Resolve(_ => null);

        Assert.Equal([line], file.InvalidLines);
        Assert.Equal("1", values["C"]);
        Assert.DoesNotContain("A", values.Keys);
    }

    [Fact]
    public void Parse_UnclosedQuoteAfterAnEscapedOne_EndsThereAsPythonDotenvsRegexBacktracks()
    {
        // "a\"b has no closing quote: python-dotenv's regex ends the value at the escaped one, then finds "b" where
        // the line should end, and skips the statement.
        var file = EnvFile.Parse("A=\"a\\\"b\nC=1");

        var values = file.Resolve(_ => null);

        Assert.Equal([1], file.InvalidLines);
        Assert.Equal(new Dictionary<string, string> { ["C"] = "1" }, values);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsIgnored()
    {
        var values = Values("\uFEFFA=1");

        Assert.Equal("1", values["A"]);
    }

    [Fact]
    public void Read_File_ParsesItsText()
    {
        using var folder = new TempDirectory("overlord-env");
        var path = folder.Write(".env", "export A=1\n");

        var values = EnvFile.Read(path).Resolve(_ => null);

        Assert.Equal("1", values["A"]);
    }

    [Fact]
    public void Read_MissingFile_IsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"overlord-absent-{Guid.NewGuid():N}.env");

        Assert.Throws<FileNotFoundException>(() => EnvFile.Read(path));
        Assert.Same(EnvFile.Empty, EnvFile.ReadIfPresent(path));
    }

    private static IReadOnlyDictionary<string, string> Values(string text) => EnvFile.Parse(text).Resolve(_ => null);
}
