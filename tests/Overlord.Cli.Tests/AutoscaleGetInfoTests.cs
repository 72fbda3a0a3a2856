using System.Text.Json;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>
/// apply of a directorProject with autoScale on a root whose autoscaler runs every second, then
/// <c>get-info -t autoscale</c> showing its status, and <c>--use-autoscale-labels</c> choosing nodes by autoScale.labels.
/// </summary>
public sealed class AutoscaleGetInfoTests : IAsyncLifetime
{
    private const string Polling = "polling:\n  autoscale: 0\n  skew: [0, 0]\n";

    private readonly DeployTestFolder _folder = new();
    private RunningNode _child = null!;
    private RunningNode _root = null!;

    public async ValueTask InitializeAsync()
    {
        _child = await RunningNode.StartAsync(new NodeSpec { Name = "child", Labels = ["web"], ExtraYaml = Polling });
        _root = await RunningNode.StartAsync(new NodeSpec { Name = "root", Labels = ["root"], ExtraYaml = Polling, Chains = [ChainSpec.To(_child)] });
        File.WriteAllText(Path.Combine(_folder.Path, "web.yml"), $"""
            kind: directorProject
            datacenters:
              main:
                entrypoint: "{_root.Url}"
                access_token: "{_root.Token}"
            deployIn:
              labels: [root]
            projectName: web
            projectFile: |
              services:
                web:
                  makejail: Makejail
            autoScale:
              labels: [web]
            """);
    }

    public async ValueTask DisposeAsync()
    {
        await _root.DisposeAsync();
        await _child.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_autoscalers_status_is_shown_in_the_originals_layout()
    {
        var apply = await _folder.RunAsync("apply", "-f", "web.yml");
        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdOut + apply.StdErr);

        var info = (ExitCode: -1, StdOut: "", StdErr: "");
        await Eventually.HoldsAsync(
            async () => (info = await _folder.RunAsync("get-info", "-f", "web.yml", "-t", "autoscale", "--filter-per-project")).StdOut.Contains("COMPLETED", StringComparison.Ordinal),
            "the autoscaler's first cycle");

        Assert.Equal(ExitCodes.Ok, info.ExitCode);
        Assert.StartsWith($"datacenter: main\n  entrypoint: {_root.Url}\n  chain: None\n  labels:\n    - root\n  projects:\n    web:\n      autoScale:\n        last_update: ", info.StdOut, StringComparison.Ordinal);
        Assert.Contains("\n        operation: COMPLETED\n        logs:\n          - {'project': 'web', 'chain': 'child', 'context': 'metadata', 'length': 0, 'response': None}\n", info.StdOut, StringComparison.Ordinal);
        Assert.Matches(@"\n          - \{'project': 'web', 'chain': 'child', 'context': 'up', 'response': \{'status_code': 200, 'job_id': \d+\}\}\n", info.StdOut);
    }

    [Fact]
    public async Task Json_output_carries_the_status_per_project()
    {
        await _folder.RunAsync("apply", "-f", "web.yml");

        var info = (ExitCode: -1, StdOut: "", StdErr: "");
        await Eventually.HoldsAsync(
            async () => (info = await _folder.RunAsync("get-info", "-f", "web.yml", "-t", "autoscale", "--filter", "web", "-o", "json")).StdOut.Contains("COMPLETED", StringComparison.Ordinal),
            "the autoscaler's first cycle");

        var node = JsonDocument.Parse(info.StdOut).RootElement.GetProperty("nodes")[0];
        Assert.Equal(JsonValueKind.Null, node.GetProperty("chain").ValueKind);
        var status = node.GetProperty("autoscale").GetProperty("web");
        Assert.Equal("COMPLETED", status.GetProperty("operation").GetString());
        Assert.Equal(["last_update", "operation", "logs"], status.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task Use_autoscale_labels_selects_the_nodes_the_replicas_go_to()
    {
        var byDeployIn = await _folder.RunAsync("get-info", "-f", "web.yml", "-t", "chains", "-o", "json");
        var byAutoScale = await _folder.RunAsync("get-info", "-f", "web.yml", "-t", "chains", "--use-autoscale-labels", "-o", "json");

        Assert.Equal([null], Chains(byDeployIn.StdOut));
        Assert.Equal(["child"], Chains(byAutoScale.StdOut));
    }

    [Fact]
    public async Task Nodes_without_a_status_are_left_out()
    {
        var info = await _folder.RunAsync("get-info", "-f", "web.yml", "-t", "autoscale", "--filter", "ghost", "--all-labels");

        Assert.Equal((ExitCodes.Ok, "", ""), info);
    }

    private static List<string?> Chains(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("chain").GetString()).ToList();
}
