using Overlord.Client.Deployment;
using Overlord.Client.Tests.Support;
using Overlord.Core.Results;

namespace Overlord.Client.Tests.Deployment;

public sealed class ApplyTests
{
    private const string Job = """{"status_code": 200, "job_id": 7}""";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Project_is_sent_up_to_each_target_with_that_nodes_environment()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"]), ("alpha", ["web", "db"])));
        fixture.Node.On("POST", "/v1/project/up/app", Canned.Ok(Job));
        fixture.Node.On("POST", "/v1/chain/alpha/project/up/app", Canned.Ok(Job));
        var spec = DeploySpecs.Project("""
            environment: {A: base, B: base}
            labelsEnvironment:
              db: {B: db}
            chainsEnvironment:
              alpha: {C: alpha}
            datacentersEnvironment:
              main: {D: main}
            """);

        var report = await fixture.Deployer().ApplyAsync(spec, restart: true, cancellationToken: Token);

        Assert.Equal(["main.(root)", "main.alpha"], report.Steps.Select(s => s.Target.ToString()));
        Assert.All(report.Steps, s => Assert.Equal(7, s.JobId));
        var root = TreeBodies.Body(Assert.Single(fixture.Node.RequestsTo("/v1/project/up/app")));
        var alpha = TreeBodies.Body(Assert.Single(fixture.Node.RequestsTo("/v1/chain/alpha/project/up/app")));
        Assert.Equal("""{"A":"base","B":"base","D":"main"}""", root.GetProperty("environment").GetRawText());
        Assert.Equal("""{"A":"base","B":"db","C":"alpha","D":"main"}""", alpha.GetProperty("environment").GetRawText());
        Assert.Equal("services: {}\n", root.GetProperty("director_file").GetString());
        Assert.True(root.GetProperty("restart").GetBoolean());
    }

    [Fact]
    public async Task Project_file_and_environment_from_metadata_are_read_from_each_target()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels(("alpha", ["web"])));
        fixture.Node.On("GET", "/v1/chain/alpha/metadata/app.file", Canned.Ok("""{"metadata": "services:\n  web: {}\n"}"""));
        fixture.Node.On("GET", "/v1/chain/alpha/metadata/app.env", Canned.Ok("""{"metadata": "A: from-node\n"}"""));
        fixture.Node.On("POST", "/v1/chain/alpha/project/up/app", Canned.Ok(Job));
        var spec = DeploySpecs.Project("projectFromMetadata: app.file\nenvironFromMetadata: app.env\nenvironment: {A: spec}");

        await fixture.Deployer().ApplyAsync(spec, restart: false, cancellationToken: Token);

        var body = TreeBodies.Body(Assert.Single(fixture.Node.RequestsTo("/v1/chain/alpha/project/up/app")));
        Assert.Equal("services:\n  web: {}\n", body.GetProperty("director_file").GetString());
        Assert.Equal("from-node", body.GetProperty("environment").GetProperty("A").GetString());
    }

    [Fact]
    public async Task A_target_whose_metadata_is_missing_fails_alone()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"]), ("alpha", ["web"])));
        fixture.Node.On("GET", "/v1/metadata/app.file", new Canned(404, """{"status_code": 404, "message": "Metadata cannot be found."}"""));
        fixture.Node.On("GET", "/v1/chain/alpha/metadata/app.file", Canned.Ok("""{"metadata": "services: {}\n"}"""));
        fixture.Node.On("POST", "/v1/chain/alpha/project/up/app", Canned.Ok(Job));

        var report = await fixture.Deployer().ApplyAsync(DeploySpecs.Project("projectFromMetadata: app.file"), false, cancellationToken: Token);

        Assert.Contains("cannot read the project file from metadata 'app.file'", report.Steps[0].Error?.Message, StringComparison.Ordinal);
        Assert.Contains("Metadata cannot be found.", report.Steps[0].Error?.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.NotFound, report.Steps[0].Error?.Code);
        Assert.True(report.Steps[1].Succeeded);
        Assert.Equal(1, report.Deployments);
    }

    [Fact]
    public async Task Autoscaled_project_writes_its_metadata_instead_of_sending_up()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"])));
        fixture.Node.On("HEAD", "/v1/metadata/overlord.autoscale.app", new Canned(404));
        fixture.Node.On("POST", "/v1/metadata/overlord.autoscale.app", new Canned(201, """{"status_code": 201, "message": "created"}"""));

        var report = await fixture.Deployer().ApplyAsync(DeploySpecs.Project("autoScale:\n  replicas:\n    min: 1"), false, cancellationToken: Token);

        var step = Assert.Single(report.Steps);
        Assert.Equal((DeployAction.AutoscaleWrite, "overlord.autoscale.app", true), (step.Action, step.Name, step.Succeeded));
        Assert.Equal(["HEAD /v1/metadata/overlord.autoscale.app", "POST /v1/metadata/overlord.autoscale.app"], fixture.Calls());
        var value = TreeBodies.Body(fixture.Node.RequestsTo("/v1/metadata/overlord.autoscale.app")[1]).GetProperty("value").GetString()!;
        Assert.StartsWith("{\n    \"projectFile\": \"services: {}\\n\",", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Maximum_deployments_stops_after_that_many_successes()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"]), ("a", ["web"]), ("b", ["web"]), ("c", ["web"])));
        fixture.Node.On("POST", "/v1/project/up/app", new Canned(500, """{"status_code": 500, "message": "Internal Server Error"}"""));
        foreach (var chain in new[] { "a", "b", "c" })
        {
            fixture.Node.On("POST", $"/v1/chain/{chain}/project/up/app", Canned.Ok(Job));
        }

        var report = await fixture.Deployer().ApplyAsync(DeploySpecs.Project("maximumDeployments: 2"), false, cancellationToken: Token);

        Assert.Equal(["POST /v1/chain/a/project/up/app", "POST /v1/chain/b/project/up/app", "POST /v1/project/up/app"], fixture.Calls().Order());
        Assert.Equal(2, report.Deployments);
        Assert.True(report.MaximumReached);
    }

    [Fact]
    public async Task Results_come_in_target_order_even_when_the_first_node_is_slow()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"]), ("alpha", ["web"])));
        fixture.Node.On("POST", "/v1/project/up/app", new Canned(200, """{"job_id": 1}""") { Delay = TimeSpan.FromMilliseconds(300) });
        fixture.Node.On("POST", "/v1/chain/alpha/project/up/app", Canned.Ok("""{"job_id": 2}"""));
        var events = new List<DeployEvent>();

        await fixture.Deployer().ApplyAsync(DeploySpecs.Project(), false, new SyncProgress(events), Token);

        Assert.Equal([1L, 2L], events.Select(e => e.Step.JobId!.Value));
        Assert.All(events, e => Assert.Equal(DeployState.Queued, e.State));
    }
}
