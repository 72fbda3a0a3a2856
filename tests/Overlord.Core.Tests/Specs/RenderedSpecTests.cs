using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;

namespace Overlord.Core.Tests.Specs;

public sealed class RenderedSpecTests
{
    private static readonly AppConfigSpec App = SpecFixtures.LoadValid<AppConfigSpec>(
        SpecFixtures.Header + "kind: appConfig\nappName: blog\nappFrom: blog.template\nmaximumDeployments: 2\n");

    [Fact]
    public void LoadRendered_Project_IsDeployedWhereTheAppConfigSays()
    {
        const string Rendered = "kind: directorProject\ndatacenters:\n  other: {entrypoint: http://x}\ndeployIn:\n  labels: [db]\nprojectName: blog\nprojectFile: |\n  services: {}\n";

        var result = Load(Rendered);

        var project = Assert.IsType<DirectorProjectSpec>(result.Spec);
        Assert.Equal("blog", project.ProjectName);
        Assert.Equal(["main"], project.Datacenters.Keys);
        Assert.Equal(["web"], project.DeployIn.Labels);
        Assert.Equal(2, project.MaximumDeployments);
    }

    [Fact]
    public void LoadRendered_SubstitutesVariablesAndTheAppConfigFilesFolder()
    {
        var result = Load("kind: directorProject\nprojectName: blog\nprojectFile: !ENV ${OVERLORD_WRKDIR}/${TAG}\n", new Dictionary<string, string> { ["TAG"] = "v1" });

        Assert.Equal("/srv/deploy/v1", Assert.IsType<DirectorProjectSpec>(result.Spec).ProjectFile);
    }

    [Theory]
    [InlineData("kind: metadata\nmetadata: {a: b}\n", "blog.template (rendered):1:7: kind: an appConfig template renders a directorProject or vmJail spec, not metadata", false)]
    [InlineData("kind: appConfig\nappName: x\nappFrom: y\n", "blog.template (rendered):1:7: kind: an appConfig template cannot render another appConfig spec", true)]
    [InlineData("kind: directorProject\nprojectName: blog\nprojectFile: x\nport: 80\n", "blog.template (rendered):4:1: port: unknown key", false)]
    [InlineData("projectName: blog\n", "blog.template (rendered):1:1: kind: ", false)]
    [InlineData("- a\n- b\n", "blog.template (rendered):1:1: the template must render a spec (a mapping with kind:, ...), it rendered a list", false)]
    public void LoadRendered_Refusal_NamesTheRenderedTemplate(string rendered, string expected, bool nested)
    {
        var result = Load(rendered);

        Assert.Null(result.Spec);
        Assert.Equal(nested, result.Nested);
        Assert.StartsWith(expected, result.Diagnostics.Errors[0].ToString(), StringComparison.Ordinal);
    }

    private static RenderedSpecResult Load(string rendered, Dictionary<string, string>? environment = null) =>
        SpecLoader.LoadRendered(rendered, "blog.template (rendered)", App, "app.yml", new VariableSource(environment ?? []), SpecFixtures.Folder);
}
