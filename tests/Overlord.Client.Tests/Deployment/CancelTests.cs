using Overlord.Client.Deployment;
using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests.Deployment;

public sealed class CancelTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cancel_is_sent_to_the_filtered_chains_only()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"]), ("alpha", ["web"]), ("beta", ["web"])));
        fixture.Node.On("POST", "/v1/chain/alpha/project/cancel/app", Canned.Ok("""{"job_id": 4}"""));

        var report = await fixture.Deployer().CancelAsync(DeploySpecs.Project(), ["alpha"], cancellationToken: Token);

        Assert.Equal(["POST /v1/chain/alpha/project/cancel/app"], fixture.Calls());
        Assert.Equal((DeployAction.ProjectCancel, 4L), (report.Steps[0].Action, report.Steps[0].JobId!.Value));
    }

    [Theory]
    [InlineData("metadata", "metadata:\n  a: '1'", "cannot be cancelled")]
    [InlineData("directorProject", "projectName: a\nprojectFile: x\nautoScale:\n  replicas:\n    min: 1", "autoScale")]
    public async Task Specs_without_jobs_to_cancel_are_refused(string kind, string extra, string reason)
    {
        await using var fixture = await DeployerFixture.StartAsync();

        var report = await fixture.Deployer().CancelAsync(DeploySpecs.Kind(kind, extra), cancellationToken: Token);

        Assert.Contains(reason, report.Refusal, StringComparison.Ordinal);
        Assert.Empty(fixture.Node.Requests);
    }
}
