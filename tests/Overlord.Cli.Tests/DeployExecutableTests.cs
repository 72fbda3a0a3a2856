using System.Text.Json;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>The built <c>overlord</c> executable against four real nodes.</summary>
public sealed class DeployExecutableTests
{
    [Fact]
    public async Task Overlord_apply_waits_for_the_jobs_and_get_info_json_lists_both_projects()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "web.yml"), tree.ProjectSpec());

        var apply = await RunAsync(folder.Path, "apply", "-f", "web.yml", "--wait", "--timeout", "60");
        var info = await RunAsync(folder.Path, "get-info", "-f", "web.yml", "-t", "projects", "--output", "json");

        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdErr + apply.StdOut);
        Assert.Equal(ExitCodes.Ok, info.ExitCode);
        var nodes = JsonDocument.Parse(info.StdOut).RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["alpha", "bravo"], nodes.Select(n => n.GetProperty("chain").GetString()));
        Assert.All(nodes, n => Assert.Equal("DONE", n.GetProperty("projects").GetProperty("web").GetProperty("state").GetString()));
    }

    private static Task<ToolResult> RunAsync(string workingDirectory, params string[] args) =>
        ToolRunner.RunAsync(
            RepositoryLayout.OverlordExecutable,
            args,
            new ToolRunOptions { WorkingDirectory = workingDirectory, Environment = new Dictionary<string, string>(), Timeout = TimeSpan.FromSeconds(120) },
            TestContext.Current.CancellationToken);
}
