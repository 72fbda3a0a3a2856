using System.Text.Json;
using Overlord.Core;
using Overlord.Runtime.Processes;

namespace Overlord.Cli.Tests;

/// <summary>The built <c>overlord</c> executable against four real nodes.</summary>
public sealed class DeployExecutableTests
{
    [Fact]
    public async Task Overlord_apply_waits_for_the_jobs_and_get_info_json_lists_both_projects()
    {
        await using var tree = await DeployNodeTree.StartAsync();
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
            OverlordExecutable(),
            args,
            new ToolRunOptions { WorkingDirectory = workingDirectory, Environment = new Dictionary<string, string>(), Timeout = TimeSpan.FromSeconds(120) },
            TestContext.Current.CancellationToken);

    /// <summary>src/Overlord.Cli/bin/&lt;configuration&gt;/net10.0/overlord, built with this test project.</summary>
    private static string OverlordExecutable()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Overlord.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var path = Path.Combine(root.FullName, "src", "Overlord.Cli", "bin", output.Parent!.Name, output.Name, "overlord");
        Assert.True(File.Exists(path), $"{path} is not built");
        return path;
    }
}
