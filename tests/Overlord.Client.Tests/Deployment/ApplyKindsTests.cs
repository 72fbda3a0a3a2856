using Overlord.Client.Deployment;
using Overlord.Client.Tests.Support;
using Overlord.Core.Results;

namespace Overlord.Client.Tests.Deployment;

public sealed class ApplyKindsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metadata_spec_writes_each_key_then_the_namespace()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"])));
        fixture.Node.On("HEAD", "/v1/metadata/web.conf", Canned.Ok("{}"));
        fixture.Node.On("PUT", "/v1/metadata/web.conf", Canned.Ok("""{"message": "updated"}"""));
        fixture.Node.On("HEAD", "/v1/metadata/web.key", new Canned(404));
        fixture.Node.On("POST", "/v1/metadata/web.key", new Canned(201, """{"message": "created"}"""));
        fixture.Node.On("HEAD", "/v1/namespace/site", new Canned(404));
        fixture.Node.On("POST", "/v1/namespace/site", new Canned(201, """{"message": "created"}"""));
        var spec = DeploySpecs.Kind("metadata", "metadataPrefix: web\nmetadata:\n  conf: a\n  key: b\nnamespace:\n  name: site\n  mapping:\n    - file: 'conf:app.conf'\n");

        var report = await fixture.Deployer().ApplyAsync(spec, false, cancellationToken: Token);

        Assert.Equal(
            ["HEAD /v1/metadata/web.conf", "PUT /v1/metadata/web.conf", "HEAD /v1/metadata/web.key", "POST /v1/metadata/web.key", "HEAD /v1/namespace/site", "POST /v1/namespace/site"],
            fixture.Calls());
        Assert.Equal(3, report.Deployments);
        Assert.Equal("""{"mapping":[{"file":["web.conf","app.conf"]}]}""", fixture.Node.RequestsTo("/v1/namespace/site")[1].Body);
    }

    [Fact]
    public async Task Vm_spec_is_posted_to_the_vm_route_and_a_refusal_is_the_nodes_error()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"])));
        var spec = DeploySpecs.Kind("vmJail", "vmName: vm1\nmakejail: m\ntemplate: {loader: bhyveload}\ndiskLayout:\n  driver: nvme\n  size: 1G\n  from:\n    type: img\n    imgFile: /d.img\n");

        var report = await fixture.Deployer().ApplyAsync(spec, false, cancellationToken: Token);

        var step = Assert.Single(report.Steps);
        Assert.Equal(DeployAction.VmCreate, step.Action);
        Assert.Contains("Resource not found.", step.Error?.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.NotFound, step.Error?.Code);
        Assert.Equal(["POST /v1/vm/vm1"], fixture.Calls());
    }

    [Fact]
    public async Task ReadOnly_spec_is_refused_before_any_request()
    {
        await using var fixture = await DeployerFixture.StartAsync();

        var report = await fixture.Deployer().ApplyAsync(DeploySpecs.Kind("readOnly", ""), false, cancellationToken: Token);

        Assert.Contains("readOnly", report.Refusal, StringComparison.Ordinal);
        Assert.Empty(fixture.Node.Requests);
    }
}
