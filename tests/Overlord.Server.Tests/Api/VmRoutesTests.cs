using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Server.Jobs;

namespace Overlord.Server.Tests.Api;

/// <summary>GET and POST vm/{name} on a node with the appjail runtime over the fake tools.</summary>
public sealed class VmRoutesTests : IAsyncLifetime
{
    public const string ImageProfile = """
        {"makejail": "/usr/local/share/overlord/vm.makejail",
         "template": {"loader": "uefi", "cpu": "2", "memory": "1G"},
         "diskLayout": {"driver": "nvme", "size": "10G", "from": {"type": "img"}}}
        """;

    private RunningNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await RunningNode.StartAsync();

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    /// <summary>POSTs a profile and waits for its job to end; returns the job id.</summary>
    internal static async Task<long> CreateAsync(RunningNode node, string profile = ImageProfile, string path = "/v1/vm/vm1")
    {
        var response = await node.PostAsync(path, profile);
        Assert.Equal(200, response.Status);
        var jobId = response.Json["job_id"]!.GetValue<long>();
        await node.JobEndedAsync(jobId);
        return jobId;
    }

    [Fact]
    public async Task Post_answers_the_job_id_and_the_VM_ends_COMPLETED()
    {
        var jobId = await CreateAsync(_node);

        var status = (await _node.GetAsync("/v1/vm/vm1")).Json["status"]!;

        Assert.Equal("COMPLETED", status["operation"]!.GetValue<string>());
        Assert.Equal("vm_list:  -> vm1\nStarting vm1\n  * found guest in /vm/vm1\n  * booting...", status["output"]!.GetValue<string>());
        Assert.Equal(jobId, status["job_id"]!.GetValue<long>());
        Assert.InRange(status["last_update"]!.GetValue<double>(), 0, 600);
    }

    [Fact]
    public async Task Post_commits_the_vm_job_before_answering()
    {
        var response = await _node.PostAsync("/v1/vm/vm1", ImageProfile);

        var job = await _node.Service<JobQueue>().GetAsync(response.Json["job_id"]!.GetValue<long>(), TestContext.Current.CancellationToken);
        Assert.Equal((JobKind.Vm, "vm1"), (job!.Kind, job.Project));
    }

    [Fact]
    public async Task The_Director_stage_is_the_projects_up_status()
    {
        var jobId = await CreateAsync(_node);

        var up = (await _node.GetAsync("/v1/project/info/vm1")).Json["info"]!["up"]!;

        Assert.Equal(("COMPLETED", jobId, 0), (up["operation"]!.GetValue<string>(), up["job_id"]!.GetValue<long>(), up["output"]!["rc"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Post_again_without_restart_or_overwrite_ends_NOOP()
    {
        await CreateAsync(_node);

        var second = await CreateAsync(_node);

        var status = (await _node.GetAsync("/v1/vm/vm1")).Json["status"]!;
        Assert.Equal(("NOOP", second), (status["operation"]!.GetValue<string>(), status["job_id"]!.GetValue<long>()));
        Assert.Equal("vm1 is already installed: nothing was done (use overwrite or restart to change it).", status["output"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_Director_failure_ends_the_VM_FAILED_and_the_project_INCOMPLETED()
    {
        _node.Tools.FailSteps("start:vm");

        await CreateAsync(_node);

        var status = (await _node.GetAsync("/v1/vm/vm1")).Json["status"]!;
        var up = (await _node.GetAsync("/v1/project/info/vm1")).Json["info"]!["up"]!;
        Assert.Equal(("FAILED", "INCOMPLETED"), (status["operation"]!.GetValue<string>(), up["operation"]!.GetValue<string>()));
        Assert.StartsWith("appjail-director up of vm1 did not complete", status["output"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_stops_the_Director_stage_and_both_statuses_end_FAILED()
    {
        _node.Tools.DelayUps(TimeSpan.FromSeconds(30));
        var jobId = (await _node.PostAsync("/v1/vm/vm1", ImageProfile)).Json["job_id"]!.GetValue<long>();
        await Eventually.HoldsAsync(
            async () => (await _node.GetAsync("/v1/project/info/vm1")).Json["info"]?["up"]?["operation"]?.GetValue<string>() == "RUNNING",
            "the Director stage to run");

        await _node.PostAsync("/v1/project/cancel/vm1", null);
        var job = await _node.JobEndedAsync(jobId);

        var status = (await _node.GetAsync("/v1/vm/vm1")).Json["status"]!;
        var up = (await _node.GetAsync("/v1/project/info/vm1")).Json["info"]!["up"]!;
        Assert.Equal(JobState.Cancelled, job.State);
        Assert.Equal(("FAILED", "FAILED"), (status["operation"]!.GetValue<string>(), up["operation"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Destroying_the_VMs_project_forgets_its_status()
    {
        await CreateAsync(_node);
        var down = (await _node.PostAsync("/v1/project/down/vm1", null)).Json["job_id"]!.GetValue<long>();
        await _node.JobEndedAsync(down);

        var response = await _node.GetAsync("/v1/vm/vm1");

        Assert.Equal((404, "VM 'vm1' cannot be found."), (response.Status, response.Message));
    }

    [Fact]
    public async Task The_tree_resource_vm_lists_the_statuses()
    {
        var jobId = await CreateAsync(_node);

        var nodes = (await _node.GetAsync("/v1/tree/vm?filter=vm1&filter=ghost")).Json["nodes"]!.AsArray();

        var vms = Assert.Single(nodes)!["data"]!["vm"]!.AsObject();
        Assert.Equal(["vm1"], vms.Select(pair => pair.Key));
        Assert.Equal(jobId, vms["vm1"]!["job_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Chained_post_answers_the_childs_body_and_runs_there()
    {
        await using var child = await RunningNode.StartAsync();
        await using var parent = await RunningNode.StartAsync(new NodeSpec { Chains = [ChainSpec.To("child", child)] });

        var response = await parent.PostAsync("/v1/chain/child/vm/vm1", ImageProfile);
        var jobId = response.Json["job_id"]!.GetValue<long>();
        await child.JobEndedAsync(jobId);

        Assert.True(JsonNode.DeepEquals(new JsonObject { ["status_code"] = 200, ["job_id"] = jobId }, JsonNode.Parse(response.Text)), response.Text);
        var status = await parent.GetAsync("/v1/chain/child/vm/vm1");
        Assert.Equal("COMPLETED", status.Json["status"]!["operation"]!.GetValue<string>());
        Assert.Empty(await parent.Service<JobQueue>().ListAsync("vm1", TestContext.Current.CancellationToken));
    }
}
