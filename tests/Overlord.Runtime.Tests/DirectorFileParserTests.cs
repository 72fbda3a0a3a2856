using Overlord.Runtime.Director;

namespace Overlord.Runtime.Tests;

public sealed class DirectorFileParserTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void Parse_MinimalService_AppliesDirectorDefaults()
    {
        var result = DirectorFileParser.Parse("services:\n  web: {}\n", NoEnvironment);

        Assert.True(result.Succeeded, result.Describe());
        var service = Assert.Single(result.File!.Services);
        Assert.Equal(("web", "Makejail", 99, null), (service.Name, service.Makejail, service.Priority, service.JailName));
    }

    [Fact]
    public void Parse_FullService_ReadsEveryField()
    {
        const string Yaml = """
            options:
              - virtualnet: ':<random> default'
            services:
              db:
                name: database
                priority: 10
                makejail: /srv/db/Makejail
                arguments:
                  - version: 16
                environment:
                  - EMPTY:
                start-environment:
                  - PORT: 5432
                scripts:
                  - text: echo hi
                    post-start: true
            volumes:
              data:
                device: /var/db
            """;

        var result = DirectorFileParser.Parse(Yaml, NoEnvironment);

        Assert.True(result.Succeeded, result.Describe());
        var service = Assert.Single(result.File!.Services);
        Assert.Equal(("database", 10, "/srv/db/Makejail"), (service.JailName, service.Priority, service.Makejail));
        Assert.Equal([new DirectorPair("version", "16")], service.Arguments);
        Assert.Equal([new DirectorPair("EMPTY", null)], service.Environment);
        Assert.Equal([new DirectorPair("PORT", "5432")], service.StartEnvironment);
        Assert.Equal(new DirectorScript("echo hi", "/bin/sh -c", "jexec", true), Assert.Single(service.Scripts));
        Assert.Equal("/var/db", result.File.Volumes["data"].Device);
        Assert.Equal([new DirectorPair("virtualnet", ":<random> default")], result.File.Options);
    }

    [Fact]
    public void Parse_EnvTaggedQuotedScalar_ExpandsFromEnvironment()
    {
        var environment = new Dictionary<string, string> { ["PORT"] = "8080" };

        var result = DirectorFileParser.Parse("services:\n  web:\n    arguments:\n      - port: !ENV '${PORT}'\n", environment);

        Assert.Equal("8080", Assert.Single(result.File!.Services).Arguments[0].Value);
    }

    [Fact]
    public void Parse_EnvTaggedScalarWithReference_Expands()
    {
        var environment = new Dictionary<string, string> { ["HOST"] = "example.org" };

        var result = DirectorFileParser.Parse("services:\n  web:\n    arguments:\n      - url: !ENV http://${HOST}/x\n", environment);

        Assert.Equal("http://example.org/x", Assert.Single(result.File!.Services).Arguments[0].Value);
    }

    [Fact]
    public void Parse_PlainScalarWithoutTag_StaysLiteral()
    {
        // Director reads its file with pyaml_env, which substitutes !ENV scalars only.
        var environment = new Dictionary<string, string> { ["HOST"] = "example.org" };

        var result = DirectorFileParser.Parse("services:\n  web:\n    arguments:\n      - url: http://${HOST}/x\n", environment);

        Assert.Equal("http://${HOST}/x", Assert.Single(result.File!.Services).Arguments[0].Value);
    }

    [Fact]
    public void Parse_QuotedScalarWithoutTag_StaysLiteral()
    {
        var environment = new Dictionary<string, string> { ["PORT"] = "8080" };

        var result = DirectorFileParser.Parse("services:\n  web:\n    arguments:\n      - port: '${PORT}'\n", environment);

        Assert.Equal("${PORT}", Assert.Single(result.File!.Services).Arguments[0].Value);
    }

    [Fact]
    public void Parse_BlockScalar_ExpandsOnlyWithTheEnvTag()
    {
        var environment = new Dictionary<string, string> { ["X"] = "value" };

        var result = DirectorFileParser.Parse("services:\n  web:\n    scripts:\n      - text: !ENV |\n          echo ${X}\n      - text: |\n          echo ${X}\n", environment);

        Assert.Equal(["echo value\n", "echo ${X}\n"], Assert.Single(result.File!.Services).Scripts.Select(script => script.Text));
    }

    [Fact]
    public void Parse_UnsetVariableWithDefault_UsesDefaultAndUnsetWithout_IsReported()
    {
        var result = DirectorFileParser.Parse("services:\n  web:\n    arguments:\n      - a: !ENV ${A:fallback}\n      - b: !ENV ${B}\n", NoEnvironment);

        Assert.Equal(["fallback", ""], Assert.Single(result.File!.Services).Arguments.Select(pair => pair.Value));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(5, warning.Mark.Line);
        Assert.Contains("'B'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PriorityNotInteger_NamesLineAndField()
    {
        var result = DirectorFileParser.Parse("services:\n  web:\n    priority: high\n", NoEnvironment);

        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "services/web/priority"), (error.Mark.Line, error.Path));
        Assert.Contains("line 3", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownServiceKey_IsReportedWithItsLine()
    {
        var result = DirectorFileParser.Parse("services:\n  web:\n    makejail: Makejail\n    colour: blue\n", NoEnvironment);

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "services/web"), (error.Mark.Line, error.Path));
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ArgumentWithTwoKeys_IsRefused()
    {
        var result = DirectorFileParser.Parse("services:\n  web:\n    arguments:\n      - {a: 1, b: 2}\n", NoEnvironment);

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "services/web/arguments/#1"), (error.Mark.Line, error.Path));
    }

    [Fact]
    public void Parse_ArgumentWithoutValue_IsRefused()
    {
        var result = DirectorFileParser.Parse("services:\n  web:\n    arguments:\n      - port:\n", NoEnvironment);

        Assert.Equal("services/web/arguments/port", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        const string Yaml = "services:\n  web:\n    priority: x\n  'bad name':\n    makejail: M\nextra: 1\n";

        var result = DirectorFileParser.Parse(Yaml, NoEnvironment);

        Assert.False(result.Succeeded);
        Assert.Equal([3, 4, 6], result.Errors.Select(error => error.Mark.Line).Order());
    }

    [Fact]
    public void Parse_YamlSyntaxError_ReportsItsLine()
    {
        var result = DirectorFileParser.Parse("services:\n  web:\n    arguments: [a\n", NoEnvironment);

        Assert.True(Assert.Single(result.Errors).Mark.Line >= 3);
    }

    [Fact]
    public void Parse_NoServices_IsRefused()
    {
        var result = DirectorFileParser.Parse("options:\n  - alias:\n", NoEnvironment);

        Assert.Equal("services", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Parse_InvalidJailName_IsRefused()
    {
        var result = DirectorFileParser.Parse("services:\n  web:\n    name: -bad\n", NoEnvironment);

        Assert.Equal("services/web/name", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Parse_MergeKey_CopiesAnchoredSettings()
    {
        const string Yaml = "services:\n  web: &base\n    priority: 5\n  api:\n    <<: *base\n    makejail: M\n";

        var result = DirectorFileParser.Parse(Yaml, NoEnvironment);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal((5, "M"), (result.File!.Services[1].Priority, result.File.Services[1].Makejail));
    }

    [Fact]
    public void RandomJailName_IsTenLowercaseHexCharacters()
    {
        var name = JailNames.Random();

        Assert.Matches("^[0-9a-f]{10}$", name);
    }
}
