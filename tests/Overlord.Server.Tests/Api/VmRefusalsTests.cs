using Overlord.Server.Jobs;

namespace Overlord.Server.Tests.Api;

/// <summary>What vm/{name} refuses, with the original's messages; nothing refused is queued.</summary>
public sealed class VmRefusalsTests : IAsyncLifetime
{
    private RunningNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await RunningNode.StartAsync();

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task Get_of_an_unknown_VM_answers_404_with_its_name()
    {
        var response = await _node.GetAsync("/v1/vm/ghost");

        Assert.Equal((404, "VM 'ghost' cannot be found."), (response.Status, response.Message));
    }

    [Theory]
    [InlineData("vm-")]
    [InlineData("a")]
    [InlineData("-vm")]
    public async Task A_name_outside_the_whole_VM_pattern_matches_no_route(string name)
    {
        var response = await _node.PostAsync($"/v1/vm/{name}", VmRoutesTests.ImageProfile);

        Assert.Equal((404, "Resource not found."), (response.Status, response.Message));
    }

    [Fact]
    public async Task Without_a_token_a_post_answers_401_and_queues_nothing()
    {
        var headers = new Dictionary<string, string> { ["Authorization-None"] = "x" };

        var response = await _node.SendAsync(HttpMethod.Post, "/v1/vm/vm1", VmRoutesTests.ImageProfile, headers);

        Assert.Equal(401, response.Status);
        Assert.Empty(await _node.Service<JobQueue>().ListAsync("vm1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_profile_without_template_is_an_invalid_specification()
    {
        var response = await _node.PostAsync("/v1/vm/vm1", VmRoutesTests.ImageProfile.Replace("\"template\": {\"loader\": \"uefi\", \"cpu\": \"2\", \"memory\": \"1G\"},", "", StringComparison.Ordinal));

        Assert.Equal((400, "(exception:InvalidSpec) invalid specification: template: is required but missing"), (response.Status, response.Message));
    }

    [Fact]
    public async Task Every_error_of_a_profile_is_reported()
    {
        var profile = VmRoutesTests.ImageProfile
            .Replace("\"nvme\"", "\"ide\"", StringComparison.Ordinal)
            .Replace("\"makejail\": \"/usr/local/share/overlord/vm.makejail\",", "", StringComparison.Ordinal);

        var response = await _node.PostAsync("/v1/vm/vm1", profile);

        Assert.Equal(400, response.Status);
        Assert.Contains("makejail", response.Message, StringComparison.Ordinal);
        Assert.Contains("diskLayout.driver: unknown driver 'ide'; use one of: virtio-blk, nvme, ahci-hd", response.Message, StringComparison.Ordinal);
        Assert.StartsWith("(exception:InvalidSpec) invalid specification: ", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_refused()
    {
        var response = await _node.PostAsync("/v1/vm/vm1", "{not json");

        Assert.Equal((400, "Request has been received with an invalid format."), (response.Status, response.Message));
    }

    [Fact]
    public async Task A_restart_that_is_not_a_boolean_is_refused()
    {
        var response = await _node.PostAsync("/v1/vm/vm1", VmRoutesTests.ImageProfile.TrimEnd()[..^1] + ", \"restart\": [1]}");

        Assert.Equal((400, "'restart' has an unexpected value type."), (response.Status, response.Message));
    }

    [Fact]
    public async Task Refused_profiles_queue_nothing()
    {
        await _node.PostAsync("/v1/vm/vm1", "{}");

        Assert.Empty(await _node.Service<JobQueue>().ListAsync("vm1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_process_runtime_node_refuses_VMs_saying_why()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Runtime = "process" });

        var response = await node.PostAsync("/v1/vm/vm1", VmRoutesTests.ImageProfile);

        Assert.Equal(400, response.Status);
        Assert.Equal(
            "(exception:UnsupportedRuntime) vmJail needs the appjail runtime: this node runs the process runtime, which has no jails and no bhyve.",
            response.Message);
        Assert.Empty(await node.Service<JobQueue>().ListAsync("vm1", TestContext.Current.CancellationToken));
    }
}
