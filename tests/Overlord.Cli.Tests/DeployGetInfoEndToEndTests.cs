using System.Text.Json;
using Overlord.Core;

namespace Overlord.Cli.Tests;

/// <summary>get-info filters against real nodes, which filter too.</summary>
public sealed class DeployGetInfoEndToEndTests
{
    [Fact]
    public async Task Project_filters_pick_the_spec_project_or_the_named_ones()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "web.yml"), tree.ProjectSpec());
        var apply = await folder.RunAsync("apply", "-f", "web.yml", "--wait", "--timeout", "60");
        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdErr);

        var own = await folder.RunAsync("get-info", "-f", "web.yml", "-t", "projects", "--filter-per-project", "-o", "json");
        var other = await folder.RunAsync("get-info", "-f", "web.yml", "-t", "projects", "--filter", "db", "-o", "json");
        var all = await folder.RunAsync("get-info", "-f", "web.yml", "-t", "projects", "--all-labels", "-o", "json");

        Assert.Equal(["alpha", "bravo"], Chains(own.StdOut));
        Assert.Empty(Chains(other.StdOut));
        Assert.Equal(["alpha", "bravo"], Chains(all.StdOut));
    }

    [Fact]
    public async Task Chains_with_all_labels_lists_every_node_and_filters_match_the_path()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "web.yml"), tree.ProjectSpec());

        var all = await folder.RunAsync("get-info", "-f", "web.yml", "-t", "chains", "--all-labels", "-o", "json");
        var filtered = await folder.RunAsync("get-info", "-f", "web.yml", "-t", "chains", "--all-labels", "--filter", "charlie$");

        Assert.Equal([null, "alpha", "alpha.charlie", "bravo"], Chains(all.StdOut).Order());
        Assert.Equal($"datacenter: main\n  entrypoint: {tree.Root.Url}\n  chain: alpha.charlie\n", filtered.StdOut);
    }

    private static List<string?> Chains(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("chain").GetString()).ToList();
}
