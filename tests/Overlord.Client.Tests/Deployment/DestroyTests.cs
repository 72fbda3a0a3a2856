using Overlord.Client.Deployment;
using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests.Deployment;

public sealed class DestroyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Project_is_sent_down_with_force_and_its_environment()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"])));
        fixture.Node.On("HEAD", "/v1/metadata/overlord.autoscale.app", new Canned(404));
        fixture.Node.On("POST", "/v1/project/down/app", Canned.Ok("""{"job_id": 9}"""));

        var report = await fixture.Deployer().DestroyAsync(DeploySpecs.Project("environment: {A: b}"), force: true, cancellationToken: Token);

        Assert.Equal(9, Assert.Single(report.Steps).JobId);
        Assert.Equal("""{"force":true,"environment":{"A":"b"}}""", fixture.Node.RequestsTo("/v1/project/down/app")[0].Body);
    }

    [Fact]
    public async Task Autoscaled_project_gets_its_cleanup_metadata_instead_of_a_down()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"])));
        fixture.Node.On("HEAD", "/v1/metadata/overlord.autoscale.app", Canned.Ok("{}"));
        fixture.Node.On("HEAD", "/v1/metadata/overlord.autoscale-cleanup.app", new Canned(404));
        fixture.Node.On("POST", "/v1/metadata/overlord.autoscale-cleanup.app", new Canned(201, """{"message": "created"}"""));

        var report = await fixture.Deployer().DestroyAsync(DeploySpecs.Project(), force: false, cancellationToken: Token);

        var step = Assert.Single(report.Steps);
        Assert.Equal((DeployAction.AutoscaleCleanup, true), (step.Action, step.Succeeded));
        Assert.Equal("""{"value":"{\"force\": false}"}""", fixture.Node.RequestsTo("/v1/metadata/overlord.autoscale-cleanup.app")[1].Body);
        Assert.DoesNotContain(fixture.Calls(), call => call.Contains("/project/down/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metadata_spec_deletes_its_keys_and_namespace()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"])));
        fixture.Node.On("DELETE", "/v1/metadata/a", new Canned(204));
        fixture.Node.On("DELETE", "/v1/metadata/b", new Canned(204));
        fixture.Node.On("DELETE", "/v1/namespace/ns", new Canned(204));
        var spec = DeploySpecs.Kind("metadata", "metadata:\n  a: '1'\n  b: '2'\nnamespace:\n  name: ns\n  mapping:\n    - directory: d\n");

        var report = await fixture.Deployer().DestroyAsync(spec, false, cancellationToken: Token);

        Assert.Equal(["DELETE /v1/metadata/a", "DELETE /v1/metadata/b", "DELETE /v1/namespace/ns"], fixture.Calls());
        Assert.All(report.Steps, s => Assert.True(s.Succeeded));
    }

    [Fact]
    public async Task Filter_chain_skips_the_root_and_other_chains()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"]), ("alpha", ["web"]), ("beta", ["web"])));
        fixture.Node.On("POST", "/v1/chain/beta/project/down/vm1", Canned.Ok("""{"job_id": 3}"""));
        var spec = DeploySpecs.Kind("vmJail", "vmName: vm1\nmakejail: m\ntemplate: {loader: bhyveload}\ndiskLayout:\n  driver: nvme\n  size: 1G\n  from:\n    type: img\n    imgFile: /d.img\n");

        var report = await fixture.Deployer().DestroyAsync(spec, false, ["beta"], cancellationToken: Token);

        Assert.Equal(["POST /v1/chain/beta/project/down/vm1"], fixture.Calls());
        Assert.Equal((DeployAction.VmDown, 3L), (report.Steps[0].Action, report.Steps[0].JobId!.Value));
        Assert.Equal(1, report.TargetCount);
    }

    [Fact]
    public async Task Filter_root_chain_keeps_the_root_among_the_filtered_chains()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"]), ("alpha", ["web"]), ("beta", ["web"])));
        fixture.Node.On("DELETE", "/v1/metadata/a", new Canned(204));
        fixture.Node.On("DELETE", "/v1/chain/alpha/metadata/a", new Canned(204));

        var report = await fixture.Deployer().DestroyAsync(DeploySpecs.Kind("metadata", "metadata:\n  a: '1'"), false, ["alpha"], filterRootChain: true, cancellationToken: Token);

        Assert.Equal(["main.(root)", "main.alpha"], report.Steps.Select(s => s.Target.ToString()));
    }

    [Fact]
    public async Task ReadOnly_spec_is_refused()
    {
        await using var fixture = await DeployerFixture.StartAsync();

        var report = await fixture.Deployer().DestroyAsync(DeploySpecs.Kind("readOnly", ""), false, cancellationToken: Token);

        Assert.True(report.Refused);
        Assert.Empty(fixture.Node.Requests);
    }
}
