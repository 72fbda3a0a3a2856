using Overlord.Core.Yaml;

namespace Overlord.Core.Tests.Yaml;

/// <summary>
/// <c>${NAME}</c> in YAML as the original's <c>pyaml_env.parse_config(file, default_value="")</c> treats it, checked
/// against pyaml_env 1.2.1 with PyYAML 6: only <c>!ENV</c> scalars are substituted.
/// </summary>
public sealed class EnvTagTests
{
    private static readonly Dictionary<string, string> Variables = new()
    {
        ["CPU"] = "4",
        ["VERSION"] = "14.2",
        ["EMPTY"] = "",
        ["HOME"] = "/home/op",
        ["FLAG"] = "Yes",
        ["RATIO"] = "1.5",
    };

    [Theory]
    [InlineData("a: ${HOME}\n")]
    [InlineData("a: '${HOME}'\n")]
    [InlineData("a: \"${HOME}\"\n")]
    [InlineData("a: ${CPU:3}\n")]
    [InlineData("a: |\n  ${HOME}\n")]
    public void Load_UntaggedReference_StaysAsWritten(string text)
    {
        var document = Load(text);

        var a = Scalar(document, "a");

        Assert.StartsWith("${", a.Value, StringComparison.Ordinal);
        Assert.False(a.FromEnvironment);
        Assert.Empty(document.Diagnostics.Warnings);
    }

    [Fact]
    public void Load_UntaggedBlockScalar_KeepsItsOwnEnvTagsByteIdentical()
    {
        var document = Load("projectFile: |\n  services:\n    web:\n      makejail: !ENV '${CPU}'\n");

        Assert.Equal("services:\n  web:\n    makejail: !ENV '${CPU}'\n", Scalar(document, "projectFile").Value);
    }

    [Theory]
    [InlineData("a: !ENV ${CPU}\n", "4")]
    [InlineData("a: !ENV '${VERSION}-RELEASE'\n", "14.2-RELEASE")]
    [InlineData("a: !ENV \"${CPU}\\t${CPU}\"\n", "4\t4")]
    [InlineData("a: !ENV |\n  ${CPU}\n  ${VERSION}\n", "4\n14.2\n")]
    [InlineData("a: !ENV ${CPU}${CPU}${VERSION}\n", "4414.2")]
    public void Load_EnvTaggedScalar_IsSubstitutedWhateverItsStyle(string text, string expected)
    {
        var a = Scalar(Load(text), "a");

        Assert.Equal(expected, a.Value);
        Assert.Equal(ScalarKind.String, a.Kind);
        Assert.True(a.FromEnvironment);
    }

    [Theory]
    [InlineData("a: !ENV ${MISSING:fallback}\n", "fallback")]
    [InlineData("a: !ENV ${MISSING:x:y}\n", "x:y")]
    [InlineData("a: !ENV ${MISSING:-x}\n", "-x")]
    [InlineData("a: !ENV ${EMPTY:fallback}\n", "")]
    [InlineData("a: !ENV ${CPU:fallback}\n", "4")]
    public void Load_Default_IsUsedOnlyWhenUnset(string text, string expected)
    {
        var document = Load(text);

        Assert.Equal(expected, Scalar(document, "a").Value);
        Assert.Empty(document.Diagnostics.Warnings);
    }

    [Theory]
    [InlineData("a: !ENV ${CPU:}\n", "${CPU:}")]
    [InlineData("a: !ENV ${MISSING:}\n", "${MISSING:}")]
    [InlineData("a: !ENV ${}\n", "${}")]
    [InlineData("a: !ENV $CPU\n", "$CPU")]
    [InlineData("a: !ENV ${CPU:${VERSION}}\n", "4}")]
    public void Load_TextThatIsNoReference_StaysAsWritten(string text, string expected)
    {
        Assert.Equal(expected, Scalar(Load(text), "a").Value);
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
    public void Load_TypedInt_GivesAnInteger()
    {
        var document = Load("a: !ENV 'tag:yaml.org,2002:int ${CPU:3}'\nb: !ENV 'tag:yaml.org,2002:int ${MISSING:3}'\nc: !ENV tag:yaml.org,2002:int 0x${CPU}\n");

        Assert.Equal((4L, 3L, 4L), (Integer(Scalar(document, "a")), Integer(Scalar(document, "b")), Integer(Scalar(document, "c"))));
        Assert.Empty(document.Diagnostics.Errors);
    }

    [Fact]
    public void Load_TypedFloatBoolStrAndNull_GiveTheirTypes()
    {
        var document = Load("""
            f: !ENV 'tag:yaml.org,2002:float ${RATIO}'
            b: !ENV 'tag:yaml.org,2002:bool ${FLAG}'
            s: !ENV 'tag:yaml.org,2002:str ${CPU}'
            n: !ENV 'tag:yaml.org,2002:null ${CPU}'
            """);

        Assert.True(Scalar(document, "f").TryGetNumber(out var ratio) && ratio == 1.5);
        Assert.True(Scalar(document, "b").TryGetBoolean(out var flag) && flag);
        Assert.Equal((ScalarKind.String, "4"), (Scalar(document, "s").Kind, Scalar(document, "s").Value));
        Assert.True(Scalar(document, "n").IsNull);
    }

    [Fact]
    public void Load_TypedValueThatDoesNotConvert_IsAnErrorAtItsLine()
    {
        var document = Load("a: 1\nb: !ENV 'tag:yaml.org,2002:int ${VERSION}'\n");

        var error = Assert.Single(document.Diagnostics.Errors);
        Assert.Equal("spec.yml:2:4: the value '14.2' is not a valid int", error.ToString());
    }

    [Fact]
    public void Load_UnsupportedTypeTag_IsAnError()
    {
        var document = Load("a: !ENV 'tag:yaml.org,2002:timestamp 2020-01-0${CPU}'\n");

        Assert.Contains("'tag:yaml.org,2002:timestamp' is not supported", Assert.Single(document.Diagnostics.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TypeTagWithoutReference_IsRemovedAndLeavesAString()
    {
        // As in pyaml_env: the type applies only when a reference is substituted.
        var a = Scalar(Load("a: !ENV 'tag:yaml.org,2002:int 3'\n"), "a");

        Assert.Equal((ScalarKind.String, "3"), (a.Kind, a.Value));
    }

    [Fact]
    public void Load_TypedValueWithTwoReferences_SubstitutesBoth()
    {
        // pyaml_env returns after the first reference of a typed value ('4-${VERSION}'); we substitute them all.
        var a = Scalar(Load("a: !ENV 'tag:yaml.org,2002:str ${CPU}-${VERSION}'\n"), "a");

        Assert.Equal("4-14.2", a.Value);
    }

    [Fact]
    public void Load_EnvTagWithoutReference_IsAString()
    {
        var a = Scalar(Load("a: !ENV 3\n"), "a");

        Assert.Equal((ScalarKind.String, "3"), (a.Kind, a.Value));
    }

    [Fact]
    public void Load_LongRunOfUnclosedReferences_IsLeftAsWritten()
    {
        // Thousands of "${" without a closing brace: one pass over the text, not one per "${".
        var text = string.Concat(Enumerable.Repeat("${x{", 50_000));

        var a = Scalar(Load($"a: !ENV '{text}'\n"), "a");

        Assert.Equal(text, a.Value);
    }

    private static YamlDocument Load(string text) =>
        YamlLoader.Load(text, "spec.yml", new YamlLoadOptions { Lookup = name => Variables.GetValueOrDefault(name) });

    private static YamlScalarNode Scalar(YamlDocument document, string key) =>
        (YamlScalarNode)((YamlMappingNode)document.Root!)[key]!;

    private static long Integer(YamlScalarNode node) =>
        node.Kind == ScalarKind.Integer && node.TryGetInteger(out var value) ? value : throw new InvalidOperationException($"{node.Describe()} is no integer");
}
