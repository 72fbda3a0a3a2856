using System.Text.Json;
using Overlord.Client.Deployment;
using Overlord.Client.Tests.Support;
using Overlord.Core;
using Overlord.Core.Specs;
using Overlord.Core.Templates;
using Overlord.Testing;

namespace Overlord.Client.Tests.Deployment;

public sealed class AppConfigTests
{
    private const string Job = """{"status_code": 200, "job_id": 9}""";

    private const string Template = """
        ## Rendered by the deployer, with appName added to the variables.
        kind: directorProject
        projectName: ${appName}
        projectFile: |
          services:
        % for name in services.split(','):
            ${name}: {}
        % endfor
        environment:
          DOMAIN: ${domain | trim}
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Apply_renders_the_template_of_the_first_node_that_has_it_and_ups_the_rendered_project_everywhere()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"]), ("alpha", ["web"])));
        fixture.Node.On("GET", "/v1/metadata/blog.template", new Canned(404, """{"status_code": 404, "message": "Metadata cannot be found."}"""));
        fixture.Node.On("GET", "/v1/chain/alpha/metadata/blog.template", Metadata(Template));
        fixture.Node.On("POST", "/v1/project/up/blog", Canned.Ok(Job));
        fixture.Node.On("POST", "/v1/chain/alpha/project/up/blog", Canned.Ok(Job));

        var report = await fixture.Deployer().ApplyAsync(AppConfig("appConfig: {services: 'web,db', domain: ' blog.example.org '}"), false, cancellationToken: Token);

        Assert.Null(report.Refusal);
        Assert.Equal(["GET /v1/metadata/blog.template", "GET /v1/chain/alpha/metadata/blog.template"], fixture.Calls().Take(2));
        Assert.Equal(["POST /v1/chain/alpha/project/up/blog", "POST /v1/project/up/blog"], fixture.Calls().Skip(2).Order(StringComparer.Ordinal));
        var up = TreeBodies.Body(Assert.Single(fixture.Node.RequestsTo("/v1/project/up/blog")));
        Assert.Equal("services:\n  web: {}\n  db: {}\n", up.GetProperty("director_file").GetString());
        Assert.Equal("blog.example.org", up.GetProperty("environment").GetProperty("DOMAIN").GetString());
        Assert.Equal(2, report.Deployments);
        Assert.Equal("blog", Assert.IsType<DirectorProjectSpec>(report.RenderedSpec).ProjectName);
        Assert.StartsWith("main.(root): cannot read the template from metadata 'blog.template': ", Assert.Single(report.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Includes_are_found_in_the_lookup_directories()
    {
        using var folder = new TempDirectory("overlord-appconfig");
        folder.Write("templates/services.tmpl", "    ${appName}: {}\n");
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"])));
        fixture.Node.On("GET", "/v1/metadata/blog.template", Metadata("kind: directorProject\nprojectName: ${appName}\nprojectFile: |\n  services:\n<%include file=\"services.tmpl\"/>"));
        fixture.Node.On("POST", "/v1/project/up/blog", Canned.Ok(Job));
        var options = DeployerFixture.QuickWait with
        {
            AppConfig = new AppConfigOptions { Lookup = TemplateLookup.FromDirectories(["templates"], folder.Path) },
        };

        var report = await fixture.Deployer(options).ApplyAsync(AppConfig(), false, cancellationToken: Token);

        Assert.Null(report.Refusal);
        var up = TreeBodies.Body(Assert.Single(fixture.Node.RequestsTo("/v1/project/up/blog")));
        Assert.Equal("services:\n  blog: {}\n", up.GetProperty("director_file").GetString());
    }

    [Theory]
    [InlineData("kind: directorProject\nprojectName: ${appname}\n", ExitCodes.Software, "the template of main.(root) does not render: blog.template:2:16: undefined variable 'appname'")]
    [InlineData("kind: metadata\nmetadata: {a: b}\n", ExitCodes.Software, "blog.template (rendered):1:7: kind: an appConfig template renders a directorProject or vmJail spec, not metadata")]
    [InlineData("kind: appConfig\nappName: a\nappFrom: b\n", ExitCodes.Config, "blog.template (rendered):1:7: kind: an appConfig template cannot render another appConfig spec")]
    [InlineData("kind: directorProject\nprojectName: ${appName}\n", ExitCodes.Software, "blog.template (rendered):1:1: projectFile: is required: give projectFile or projectFromMetadata")]
    public async Task A_template_that_cannot_be_deployed_refuses_the_spec_before_anything_is_sent(string template, int exitCode, string message)
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"])));
        fixture.Node.On("GET", "/v1/metadata/blog.template", Metadata(template));

        var report = await fixture.Deployer().ApplyAsync(AppConfig(), false, cancellationToken: Token);

        Assert.Contains(message, report.Refusal, StringComparison.Ordinal);
        Assert.Equal(exitCode, report.RefusalExitCode);
        Assert.Equal(["GET /v1/metadata/blog.template"], fixture.Calls());
    }

    [Fact]
    public async Task A_template_no_node_has_is_refused_with_exit_66()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"])));
        fixture.Node.On("GET", "/v1/metadata/blog.template", new Canned(404, """{"status_code": 404, "message": "Metadata cannot be found."}"""));

        var report = await fixture.Deployer().ApplyAsync(AppConfig(), false, cancellationToken: Token);

        Assert.Equal("no selected node has the template metadata 'blog.template'", report.Refusal);
        Assert.Equal(ExitCodes.NoInput, report.RefusalExitCode);
    }

    [Fact]
    public async Task Destroy_and_cancel_act_on_the_rendered_project()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"])));
        fixture.Node.On("GET", "/v1/metadata/blog.template", Metadata("kind: directorProject\nprojectName: ${appName}-app\nprojectFile: 'services: {}'\n"));
        fixture.Node.On("HEAD", "/v1/metadata/overlord.autoscale.blog-app", new Canned(404));
        fixture.Node.On("POST", "/v1/project/down/blog-app", Canned.Ok(Job));
        fixture.Node.On("POST", "/v1/project/cancel/blog-app", Canned.Ok(Job));
        var deployer = fixture.Deployer();

        var destroyed = await deployer.DestroyAsync(AppConfig(), force: true, cancellationToken: Token);
        var cancelled = await deployer.CancelAsync(AppConfig(), cancellationToken: Token);

        Assert.Equal(DeployAction.ProjectDown, Assert.Single(destroyed.Steps).Action);
        Assert.Equal(DeployAction.ProjectCancel, Assert.Single(cancelled.Steps).Action);
        Assert.Contains("POST /v1/project/down/blog-app", fixture.Calls());
        Assert.Contains("POST /v1/project/cancel/blog-app", fixture.Calls());
    }

    private static Spec AppConfig(string extra = "") =>
        DeploySpecs.Kind("appConfig", $"appName: blog\nappFrom: blog.template\n{extra}");

    private static Canned Metadata(string text) =>
        Canned.Ok(JsonSerializer.Serialize(new Dictionary<string, string> { ["metadata"] = text }));
}
