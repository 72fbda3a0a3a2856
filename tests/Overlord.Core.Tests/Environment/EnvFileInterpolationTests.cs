using Overlord.Core.Environment;

namespace Overlord.Core.Tests.Environment;

/// <summary>
/// <c>${NAME}</c> in env files as the original's <c>load_dotenv(override=False)</c> expands them, checked against
/// python-dotenv 1.2: the environment first, then the file's earlier lines, then the default, then "".
/// </summary>
public sealed class EnvFileInterpolationTests
{
    [Fact]
    public void Resolve_ReferenceToAnEarlierLine_TakesItsValue()
    {
        var values = Values("A=a\nB=${A}/x");

        Assert.Equal("a/x", values["B"]);
    }

    [Fact]
    public void Resolve_VariableAlsoInTheEnvironment_TakesTheEnvironmentsValue()
    {
        var values = Values("A=a\nB=${A}/x", ("A", "env"));

        Assert.Equal("env/x", values["B"]);
    }

    [Fact]
    public void Resolve_ReferenceToALaterLine_IsEmpty()
    {
        var values = Values("B=${A}/x\nA=a");

        Assert.Equal("/x", values["B"]);
    }

    [Theory]
    [InlineData("B=${A:-def}", "def")]
    [InlineData("B=${A:-}", "")]
    [InlineData("B=${A}", "")]
    [InlineData("B=${A:-a b}c", "a bc")]
    public void Resolve_UnsetVariable_TakesItsDefaultElseEmpty(string text, string expected)
    {
        var values = Values(text);

        Assert.Equal(expected, values["B"]);
    }

    [Fact]
    public void Resolve_VariableSetToEmpty_StaysEmpty()
    {
        var values = Values("A=\nB=${A:-def}");

        Assert.Equal("", values["B"]);
    }

    [Fact]
    public void Resolve_BareKeyEarlier_CountsAsEmptySoTheDefaultDoesNotApply()
    {
        var values = Values("A\nB=${A:-x}");

        Assert.Equal("", values["B"]);
    }

    [Theory]
    [InlineData("B=\"${A}\"", "z")]
    [InlineData("B='${A}'", "z")]
    [InlineData("B=x${A}y${A}", "xzyz")]
    public void Resolve_ReferenceInAnyValue_IsExpanded(string text, string expected)
    {
        // python-dotenv expands single-quoted values too (unlike a shell): its parser forgets the quotes.
        var values = Values(text, ("A", "z"));

        Assert.Equal(expected, values["B"]);
    }

    [Theory]
    [InlineData("B=$A")]
    [InlineData("B=${A:}")]
    [InlineData("B=${A:x}")]
    [InlineData("B=${A")]
    [InlineData("B=\\${A:x}")]
    public void Resolve_TextThatIsNotAReference_StaysAsWritten(string text)
    {
        var values = Values(text, ("A", "z"));

        Assert.Equal(text[2..], values["B"]);
    }

    [Fact]
    public void Resolve_ExpandedValue_IsNotExpandedAgain()
    {
        var values = Values("A=${B}", ("B", "${C}"), ("C", "c"));

        Assert.Equal("${C}", values["A"]);
    }

    [Fact]
    public void Resolve_DefaultHoldingAReference_EndsAtTheFirstBrace()
    {
        var values = Values("A=${X:-${B}}", ("B", "b"));

        Assert.Equal("${B}", values["A"]);
    }

    [Fact]
    public void Resolve_EscapesBeforeExpansion_KeepABackslashBeforeTheValue()
    {
        var values = Values("A=\"\\${B}\"", ("B", "b"));

        Assert.Equal("\\b", values["A"]);
    }

    [Fact]
    public void Resolve_LongRunOfUnclosedReferences_IsLeftAsWritten()
    {
        // Thousands of "${" without a closing brace: one pass over the text, not one per "${".
        var text = "A=" + string.Concat(Enumerable.Repeat("${x", 50_000));

        var values = Values(text);

        Assert.Equal(text[2..], values["A"]);
    }

    [Fact]
    public void WithEnvFile_SecondFile_SeesTheFirstFilesValuesAndCannotOverrideThem()
    {
        var variables = new VariableSource(new Dictionary<string, string> { ["HOME"] = "/home/op" })
            .WithEnvFile(EnvFile.Parse("REGION=eu\nHOME=/elsewhere"))
            .WithEnvFile(EnvFile.Parse("REGION=us\nURL=https://${REGION}.example.org${HOME}"));

        Assert.Equal("eu", variables.Lookup("REGION"));
        Assert.Equal("/home/op", variables.Lookup("HOME"));
        Assert.Equal("https://eu.example.org/home/op", variables.Lookup("URL"));
    }

    private static IReadOnlyDictionary<string, string> Values(string text, params (string Name, string Value)[] environment)
    {
        var lookup = environment.ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal);
        return EnvFile.Parse(text).Resolve(name => lookup.GetValueOrDefault(name));
    }
}
