using Overlord.Runtime.Director;

namespace Overlord.Runtime.Tests;

/// <summary>How Director turns YAML values into its strings and defaults (Python's str(), None as "unset").</summary>
public sealed class DirectorFileParserValueTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private static string? FirstArgument(string value)
    {
        var result = DirectorFileParser.Parse($"services:\n  web:\n    arguments:\n      - a: {value}\n", NoEnvironment);
        Assert.True(result.Succeeded, result.Describe());
        return Assert.Single(result.File!.Services).Arguments[0].Value;
    }

    [Fact]
    public void Parse_PlainBoolean_BecomesPythonTrue() => Assert.Equal("True", FirstArgument("yes"));

    [Fact]
    public void Parse_QuotedBoolean_StaysAsWritten() => Assert.Equal("yes", FirstArgument("'yes'"));

    [Fact]
    public void Parse_OctalInteger_BecomesItsDecimalValue() => Assert.Equal("493", FirstArgument("0755"));

    [Fact]
    public void Parse_BooleanFromEnvironment_StaysAsGiven()
    {
        var environment = new Dictionary<string, string> { ["FLAG"] = "yes" };

        var result = DirectorFileParser.Parse("services:\n  web:\n    arguments:\n      - a: !ENV ${FLAG}\n", environment);

        Assert.Equal("yes", Assert.Single(result.File!.Services).Arguments[0].Value);
    }

    [Fact]
    public void Parse_NullPriority_UsesTheDefault()
    {
        var result = DirectorFileParser.Parse("services:\n  web:\n    priority:\n", NoEnvironment);

        Assert.Equal(DirectorService.DefaultPriority, Assert.Single(result.File!.Services).Priority);
    }

    [Fact]
    public void Parse_PriorityFromEnvironment_IsAnInteger()
    {
        var environment = new Dictionary<string, string> { ["PRIORITY"] = "7" };

        var result = DirectorFileParser.Parse("services:\n  web:\n    priority: !ENV ${PRIORITY}\n", environment);

        Assert.Equal(7, Assert.Single(result.File!.Services).Priority);
    }

    [Fact]
    public void Parse_DuplicateServiceKey_IsRefusedWithItsLine()
    {
        var result = DirectorFileParser.Parse("services:\n  web:\n    priority: 1\n    priority: 2\n", NoEnvironment);

        Assert.Equal(4, Assert.Single(result.Errors).Mark.Line);
    }

    [Fact]
    public void Parse_ScriptWithoutText_NamesTheItem()
    {
        var result = DirectorFileParser.Parse("services:\n  web:\n    scripts:\n      - shell: /bin/sh\n", NoEnvironment);

        Assert.Equal((4, "services/web/scripts/#1/text"), (Assert.Single(result.Errors).Mark.Line, result.Errors[0].Path));
    }

    [Fact]
    public void Parse_VolumeWithoutDevice_IsRefused()
    {
        var result = DirectorFileParser.Parse("services:\n  web: {}\nvolumes:\n  data:\n    type: nullfs\n", NoEnvironment);

        Assert.Equal("volumes/data/device", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Parse_EmptyText_IsRefused()
    {
        var result = DirectorFileParser.Parse("", NoEnvironment);

        Assert.Contains("empty", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
