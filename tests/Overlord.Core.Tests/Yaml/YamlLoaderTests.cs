using Overlord.Core.Yaml;

namespace Overlord.Core.Tests.Yaml;

public sealed class YamlLoaderTests
{
    private static readonly Dictionary<string, string> Variables = new() { ["CPU"] = "4", ["VERSION"] = "14.2", ["EMPTY"] = "" };

    private static YamlDocument Load(string text) =>
        YamlLoader.Load(text, "spec.yml", new YamlLoadOptions { Lookup = name => Variables.GetValueOrDefault(name) });

    private static YamlScalarNode Scalar(YamlDocument document, string key) =>
        (YamlScalarNode)((YamlMappingNode)document.Root!)[key]!;

    [Fact]
    public void Load_PlainScalarWithReference_IsSubstitutedAsString()
    {
        var document = Load("cpu: ${CPU}\n");

        var cpu = Scalar(document, "cpu");

        Assert.Equal("4", cpu.Value);
        Assert.Equal(ScalarKind.String, cpu.Kind);
        Assert.True(cpu.TryGetInteger(out var value) && value == 4);
    }

    [Fact]
    public void Load_QuotedScalarWithoutEnvTag_IsLeftAsWritten()
    {
        var document = Load("a: '${CPU}'\nb: \"${CPU}\"\n");

        Assert.Equal("${CPU}", Scalar(document, "a").Value);
        Assert.Equal("${CPU}", Scalar(document, "b").Value);
    }

    [Fact]
    public void Load_EnvTaggedQuotedScalar_IsSubstitutedInsideLongerText()
    {
        var document = Load("osVersion: !ENV '${VERSION}-RELEASE'\n");

        Assert.Equal("14.2-RELEASE", Scalar(document, "osVersion").Value);
    }

    [Fact]
    public void Load_BlockScalar_IsNeverSubstitutedAndKeptByteIdentical()
    {
        var document = Load("projectFile: |\n  services:\n    web:\n      makejail: !ENV '${CPU}'\n");

        Assert.Equal("services:\n  web:\n    makejail: !ENV '${CPU}'\n", Scalar(document, "projectFile").Value);
    }

    [Fact]
    public void Load_UnsetVariable_BecomesEmptyWithWarningNamingLineAndVariable()
    {
        var document = Load("a: 1\nb: !ENV '${MISSING}'\n");

        Assert.Equal("", Scalar(document, "b").Value);
        var warning = Assert.Single(document.Diagnostics.Warnings);
        Assert.StartsWith("spec.yml:2:4:", warning.ToString(), StringComparison.Ordinal);
        Assert.Contains("'MISSING'", warning.Message, StringComparison.Ordinal);
        Assert.False(document.Failed);
    }

    [Fact]
    public void Load_DefaultValue_IsUsedOnlyWhenUnset()
    {
        var document = Load("a: ${MISSING:fallback}\nb: ${EMPTY:fallback}\n");

        Assert.Equal("fallback", Scalar(document, "a").Value);
        Assert.Equal("", Scalar(document, "b").Value);
        Assert.Empty(document.Diagnostics.Warnings);
    }

    [Theory]
    [InlineData("yes", ScalarKind.Boolean)]
    [InlineData("Off", ScalarKind.Boolean)]
    [InlineData("0755", ScalarKind.Integer)]
    [InlineData("1_000", ScalarKind.Integer)]
    [InlineData("1.5", ScalarKind.Float)]
    [InlineData("~", ScalarKind.Null)]
    [InlineData("512m", ScalarKind.String)]
    public void Load_PlainScalars_ResolveLikeYaml11(string text, ScalarKind kind)
    {
        Assert.Equal(kind, Scalar(Load($"v: {text}\n"), "v").Kind);
    }

    [Fact]
    public void Load_DuplicateKey_IsRefusedWithBothLines()
    {
        var document = Load("kind: metadata\nname: a\nkind: readOnly\n");

        var error = Assert.Single(document.Diagnostics.Errors);
        Assert.Equal("spec.yml:3:1: the key 'kind' is defined twice (first at line 1); remove one of them", error.ToString());
    }

    [Fact]
    public void Load_SyntaxError_NamesLineAndColumn()
    {
        var document = Load("kind: metadata\n  bad: [\n");

        var error = Assert.Single(document.Diagnostics.Errors);
        Assert.StartsWith("spec.yml:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.True(error.Mark.Line >= 2);
    }

    [Fact]
    public void Load_AliasBomb_IsRefusedWithoutExpanding()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 12; i++)
        {
            var previous = $"*a{i - 1}";
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]");
        }

        var document = Load(string.Join('\n', lines) + "\n");

        Assert.True(document.Failed);
        Assert.Contains("alias bomb", Assert.Single(document.Diagnostics.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MergeKey_AddsMissingKeysAndExplicitKeysWin()
    {
        var document = Load("base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\n");

        var item = (YamlMappingNode)((YamlMappingNode)document.Root!)["item"]!;

        Assert.Equal("1", ((YamlScalarNode)item["x"]!).Value);
        Assert.Equal("3", ((YamlScalarNode)item["y"]!).Value);
    }

    [Fact]
    public void Load_UnknownTag_IsRefused()
    {
        var document = Load("a: !SECRET x\n");

        Assert.Contains("the tag '!SECRET' is not supported", Assert.Single(document.Diagnostics.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoDocuments_AreRefused()
    {
        var document = Load("a: 1\n---\nb: 2\n");

        Assert.Contains("more than one YAML document", Assert.Single(document.Diagnostics.Errors).Message, StringComparison.Ordinal);
    }
}
