using Overlord.Client.Deployment;

namespace Overlord.Client.Tests.Deployment;

public sealed class MetadataEnvironmentTests
{
    [Fact]
    public void Parse_Mapping_GivesEachVariableAsText()
    {
        var variables = MetadataEnvironment.Parse("DB_HOST: db.local\nPORT: 5432\nDEBUG: yes\n", "app.env", out var error);

        Assert.Null(error);
        Assert.Equal(new Dictionary<string, string> { ["DB_HOST"] = "db.local", ["PORT"] = "5432", ["DEBUG"] = "yes" }, variables);
    }

    [Fact]
    public void Parse_List_IsRefusedAsNotAMapping()
    {
        Assert.Null(MetadataEnvironment.Parse("- a\n- b\n", "app.env", out var error));
        Assert.Equal("metadata 'app.env' is not a mapping of environment variables", error);
    }

    [Fact]
    public void Parse_NestedValue_NamesTheVariable()
    {
        Assert.Null(MetadataEnvironment.Parse("A:\n  b: c\n", "app.env", out var error));
        Assert.Equal("metadata 'app.env': the variable 'A' is not a string", error);
    }

    [Fact]
    public void Parse_BadYaml_SaysSo()
    {
        Assert.Null(MetadataEnvironment.Parse("a: [b\n", "app.env", out var error));
        Assert.StartsWith("metadata 'app.env' is not valid YAML", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Substitutes_NoVariables()
    {
        var variables = MetadataEnvironment.Parse("A: ${HOME}\n", "app.env", out _);

        Assert.Equal("${HOME}", variables!["A"]);
    }
}
