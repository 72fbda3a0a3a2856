using Overlord.Client.Deployment;
using Overlord.Core.Results;

namespace Overlord.Client.Tests.Deployment;

public sealed class MetadataEnvironmentTests
{
    [Fact]
    public void Parse_Mapping_GivesEachVariableAsText()
    {
        var variables = MetadataEnvironment.Parse("DB_HOST: db.local\nPORT: 5432\nDEBUG: yes\n", "app.env");

        Assert.Null(variables.Error);
        Assert.Equal(new Dictionary<string, string> { ["DB_HOST"] = "db.local", ["PORT"] = "5432", ["DEBUG"] = "yes" }, variables.Value);
    }

    [Fact]
    public void Parse_List_IsRefusedAsNotAMapping()
    {
        var error = MetadataEnvironment.Parse("- a\n- b\n", "app.env").Error;

        Assert.Equal(ErrorCodes.Invalid, error?.Code);
        Assert.Equal("metadata 'app.env' is not a mapping of environment variables", error?.Message);
    }

    [Fact]
    public void Parse_NestedValue_NamesTheVariable()
    {
        var error = MetadataEnvironment.Parse("A:\n  b: c\n", "app.env").Error;

        Assert.Equal(ErrorCodes.Invalid, error?.Code);
        Assert.Equal("metadata 'app.env': the variable 'A' is not a string", error?.Message);
    }

    [Fact]
    public void Parse_BadYaml_SaysSo()
    {
        var error = MetadataEnvironment.Parse("a: [b\n", "app.env").Error;

        Assert.Equal(ErrorCodes.Invalid, error?.Code);
        Assert.StartsWith("metadata 'app.env' is not valid YAML", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Substitutes_NoVariables()
    {
        var variables = MetadataEnvironment.Parse("A: ${HOME}\n", "app.env");

        Assert.Equal("${HOME}", variables.Value?["A"]);
    }
}
