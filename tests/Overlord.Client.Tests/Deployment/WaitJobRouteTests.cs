using Overlord.Client.Deployment;
using Overlord.Client.Tests.Support;
using static Overlord.Client.Tests.Deployment.WaitBodies;

namespace Overlord.Client.Tests.Deployment;

public sealed class WaitJobRouteTests
{
    private static readonly DeployTarget Root = new("main", null, ["web"]);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Job_route_gives_the_state_and_the_status_gives_the_outcome()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/project/jobs/app", Jobs("queued"), Jobs("running"), Jobs("completed"));
        fixture.Node.On("GET", "/v1/project/info/app", Info("""{"operation": "INCOMPLETED", "job_id": 12, "message": "Project 'app' has an unexpected state 'FAILED'"}"""));
        var events = new List<DeployEvent>();

        var outcome = Assert.Single(await fixture.Deployer().WaitAsync([new DeployStep(Root, DeployAction.ProjectUp, "app", 12)], new SyncProgress(events), Token));

        Assert.Equal([DeployState.Running, DeployState.Failed], events.Select(e => e.State));
        Assert.Equal("Project 'app' has an unexpected state 'FAILED'", outcome.Message);
        Assert.Single(fixture.Node.RequestsTo("/v1/project/info/app"));
    }

    [Fact]
    public async Task Failed_job_on_the_job_route_reports_its_message()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/project/jobs/app", Jobs("failed", "no free port has been found for em0"));

        var outcome = Assert.Single(await fixture.Deployer().WaitAsync([new DeployStep(Root, DeployAction.ProjectUp, "app", 12)], cancellationToken: Token));

        Assert.Equal((DeployState.Failed, "no free port has been found for em0"), (outcome.State, outcome.Message));
    }

    [Fact]
    public async Task Completed_job_whose_status_belongs_to_another_job_is_completed()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/project/jobs/app", Jobs("completed"));
        fixture.Node.On("GET", "/v1/project/info/app", new Canned(404, """{"status_code": 404, "message": "Project 'app' cannot be found."}"""));

        var outcome = Assert.Single(await fixture.Deployer().WaitAsync([new DeployStep(Root, DeployAction.ProjectDown, "app", 12)], cancellationToken: Token));

        Assert.Equal(DeployState.Completed, outcome.State);
    }
}
