using Overlord.Core.Yaml;

namespace Overlord.Core.Tests.Yaml;

public sealed class YamlLoaderTests
{
    private static YamlDocument Load(string text) =>
        YamlLoader.Load(text, "spec.yml", new YamlLoadOptions { Lookup = _ => null });

    private static YamlScalarNode Scalar(YamlDocument document, string key) =>
        (YamlScalarNode)((YamlMappingNode)document.Root!)[key]!;

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
