using Overlord.Client.Deployment;
using Overlord.Client.Tests.Support;
using Overlord.Core.Results;
using Overlord.Testing;
using static Overlord.Client.Tests.Deployment.WaitBodies;

namespace Overlord.Client.Tests.Deployment;

public sealed class WaitTests
{
    private static readonly DeployTarget Root = new("main", null, ["web"]);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Up_job_is_followed_from_queued_through_running_to_completed()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On(
            "GET",
            "/v1/project/info/app",
            new Canned(404, """{"status_code": 404, "message": "Project 'app' cannot be found."}"""),
            Info("""{"operation": "RUNNING", "job_id": 12}"""),
            Info("""{"operation": "COMPLETED", "job_id": 12, "output": {"rc": 0}}"""));
        var events = new List<DeployEvent>();

        var outcomes = await fixture.Deployer().WaitAsync([new DeployStep(Root, DeployAction.ProjectUp, "app", 12)], new SyncProgress(events), Token);

        Assert.Equal([DeployState.Running, DeployState.Completed], events.Select(e => e.State));
        Assert.True(Assert.Single(outcomes).Succeeded);
    }

    [Fact]
    public async Task An_older_job_in_the_status_means_ours_is_still_queued()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/project/info/app", Info("""{"operation": "COMPLETED", "job_id": 11}"""), Info("""{"operation": "COMPLETED", "job_id": 12}"""));
        var events = new List<DeployEvent>();

        await fixture.Deployer().WaitAsync([new DeployStep(Root, DeployAction.ProjectUp, "app", 12)], new SyncProgress(events), Token);

        Assert.Equal([DeployState.Completed], events.Select(e => e.State));
        Assert.Equal(2, fixture.Node.RequestsTo("/v1/project/info/app").Length);
    }

    [Fact]
    public async Task Failed_job_reports_what_Director_said()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/project/info/app", Info("""
            {"operation": "INCOMPLETED", "job_id": 12, "output": {"rc": 1, "stdout": {"errlevel": 1, "message": "bad makejail", "failed": [{"type": "makejail", "service": "web"}]}}}
            """));

        var outcome = Assert.Single(await fixture.Deployer().WaitAsync([new DeployStep(Root, DeployAction.ProjectUp, "app", 12)], cancellationToken: Token));

        Assert.Equal(DeployState.Failed, outcome.State);
        Assert.Equal("Director exited with errlevel 1, failed: makejail (web): bad makejail", outcome.Message);
    }

    [Fact]
    public async Task Down_job_completes_when_the_project_disappears()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On(
            "GET",
            "/v1/chain/alpha/project/info/app",
            Info("""{"operation": "COMPLETED", "job_id": 3}""", "down"),
            new Canned(404, """{"status_code": 404, "message": "Project 'app' cannot be found."}"""));

        var outcome = Assert.Single(await fixture.Deployer().WaitAsync([new DeployStep(Root with { Chain = "alpha" }, DeployAction.ProjectDown, "app", 5)], cancellationToken: Token));

        Assert.Equal(DeployState.Completed, outcome.State);
    }

    [Fact]
    public async Task Unreachable_node_is_reported_not_waited_for()
    {
        using var http = new HttpClient { BaseAddress = new Uri(TestPorts.ClosedUrl()) };
        var deployer = new SpecDeployer(_ => new OverlordClient(http, new Core.Secret("t"), TestOptions.Fast), DeployerFixture.QuickWait);

        var outcome = Assert.Single(await deployer.WaitAsync([new DeployStep(Root, DeployAction.ProjectUp, "app", 1)], cancellationToken: Token));

        Assert.Equal(DeployState.Unreachable, outcome.State);
        Assert.Contains("cannot reach", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Job_that_never_starts_times_out()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/project/info/app", new Canned(404, """{"status_code": 404, "message": "Project 'app' cannot be found."}"""));
        var options = DeployerFixture.QuickWait with { WaitTimeout = TimeSpan.FromMilliseconds(300) };

        var outcome = Assert.Single(await fixture.Deployer(options).WaitAsync([new DeployStep(Root, DeployAction.ProjectUp, "app", 1)], cancellationToken: Token));

        Assert.Equal((DeployState.TimedOut, "still queued after 0.3 s"), (outcome.State, outcome.Message));
    }

    [Fact]
    public async Task Steps_without_a_job_to_follow_are_left_out()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        DeployStep[] steps =
        [
            new(Root, DeployAction.MetadataWrite, "k"),
            new(Root, DeployAction.ProjectCancel, "app", 4),
            new(Root, DeployAction.ProjectUp, "app", Error: new OverlordError(ErrorCodes.Failed, "refused")),
        ];

        Assert.Empty(await fixture.Deployer().WaitAsync(steps, cancellationToken: Token));
        Assert.Empty(fixture.Node.Requests);
    }
}
