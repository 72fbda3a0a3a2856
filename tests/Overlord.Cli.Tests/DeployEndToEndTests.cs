using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>apply, get-info and destroy against four real nodes in the test process.</summary>
public sealed class DeployEndToEndTests
{
    [Fact]
    public async Task Apply_to_a_label_of_two_nodes_deploys_there_get_info_shows_them_done_and_destroy_removes_them()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "web.yml"), tree.ProjectSpec());

        var apply = await folder.RunAsync("apply", "-f", "web.yml", "--wait", "--timeout", "60");

        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdErr + apply.StdOut);
        Assert.Matches(@"^main\.alpha: project web: job \d+ queued\nmain\.bravo: project web: job \d+ queued\n", apply.StdOut);
        Assert.Matches(@"main\.alpha: project web: job \d+ completed\n", apply.StdOut);
        Assert.EndsWith("2 succeeded, 0 failed (2 job(s) followed)\n", apply.StdOut, StringComparison.Ordinal);
        Assert.Single(tree.Alpha.Tools.CommandLines(), IsUpOfWeb);
        Assert.Single(tree.Bravo.Tools.CommandLines(), IsUpOfWeb);
        Assert.DoesNotContain(tree.Root.Tools.CommandLines(), IsUpOfWeb);
        Assert.DoesNotContain(tree.Charlie.Tools.CommandLines(), IsUpOfWeb);

        var info = await folder.RunAsync("get-info", "-f", "web.yml", "-t", "projects");

        Assert.Equal(ExitCodes.Ok, info.ExitCode);
        Assert.Contains($"datacenter: main\n  entrypoint: {tree.Root.Url}\n  chain: alpha\n  labels:\n    - web\n  projects:\n    web:\n      state: DONE\n", info.StdOut, StringComparison.Ordinal);
        Assert.Contains("  chain: bravo\n", info.StdOut, StringComparison.Ordinal);
        Assert.Equal(2, info.StdOut.Split("state: DONE").Length - 1);

        var destroy = await folder.RunAsync("destroy", "-f", "web.yml", "--wait", "--timeout", "60");

        Assert.True(destroy.ExitCode == ExitCodes.Ok, destroy.StdErr + destroy.StdOut);
        var after = await folder.RunAsync("get-info", "-f", "web.yml", "-t", "projects");
        Assert.Equal("", after.StdOut);
    }

    [Fact]
    public async Task Wait_exits_1_when_a_job_fails_on_one_node()
    {
        await using var tree = await NodeTree.StartAsync();
        tree.Bravo.Tools.FailSteps("start:web");
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "web.yml"), tree.ProjectSpec());

        var (code, stdout, _) = await folder.RunAsync("apply", "-f", "web.yml", "--wait", "--timeout", "60");

        Assert.Equal(1, code);
        Assert.Matches(@"main\.bravo: project web: job \d+ failed: ", stdout);
        Assert.Matches(@"main\.alpha: project web: job \d+ completed", stdout);
    }

    [Fact]
    public async Task Get_info_of_chains_tree_draws_the_nodes_below_the_root_in_one_request()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "web.yml"), tree.ProjectSpec());

        var (code, stdout, _) = await folder.RunAsync("get-info", "-f", "web.yml", "-t", "chains:tree", "--all-labels");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal($"{tree.Root.Url}\n +-- alpha\n |   +-- charlie\n +-- bravo\n", stdout);
    }

    [Fact]
    public async Task A_stopped_node_is_a_warning_and_the_other_nodes_are_still_deployed()
    {
        await using var tree = await NodeTree.StartAsync();
        await tree.Bravo.StopAsync();
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "web.yml"), tree.ProjectSpec());

        var (code, stdout, stderr) = await folder.RunAsync("apply", "-f", "web.yml");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"^main\.alpha: project web: job \d+ queued\n$", stdout);
        Assert.Contains("warning: main.bravo: unreachable:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_datacenter_that_cannot_be_reached_exits_69_and_the_other_is_still_deployed()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        var spec = tree.ProjectSpec().Replace(
            "deployIn:",
            $"  backup:\n    entrypoint: \"{TestPorts.ClosedUrl()}\"\n    access_token: \"t\"\ndeployIn:",
            StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder.Path, "web.yml"), spec);

        var (code, stdout, stderr) = await folder.RunAsync("apply", "-f", "web.yml");

        Assert.Equal(ExitCodes.Unavailable, code);
        Assert.Matches(@"^main\.alpha: project web: job \d+ queued\nmain\.bravo: project web: job \d+ queued\n$", stdout);
        Assert.Contains("warning: backup.(root): unreachable: ", stderr, StringComparison.Ordinal);
        Assert.EndsWith("overlord: no node of backup could be reached\n", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task Nothing_selected_says_no_deployment_had_any_effect_and_fails_only_with_wait(bool wait, int expected)
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "web.yml"), tree.ProjectSpec(label: "gpu"));

        var (code, stdout, stderr) = await folder.RunAsync(wait ? ["apply", "-f", "web.yml", "--wait"] : ["apply", "-f", "web.yml"]);

        Assert.Equal(expected, code);
        Assert.Equal("No deployment has had any effect.\n", stderr);
        Assert.Equal(wait ? "0 succeeded, 0 failed (0 job(s) followed)\n" : "", stdout);
    }

    [Fact]
    public async Task Metadata_is_written_shown_by_get_info_and_deleted_by_destroy()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        var spec = tree.ProjectSpec().Split("projectName:")[0].Replace("kind: directorProject", "kind: metadata", StringComparison.Ordinal)
            + "metadataPrefix: web\nmetadata:\n  port: \"8080\"\n  conf: |\n    a = 1\n    b = 2\n";
        File.WriteAllText(Path.Combine(folder.Path, "meta.yml"), spec);

        var apply = await folder.RunAsync("apply", "-f", "meta.yml");
        var info = await folder.RunAsync("get-info", "-f", "meta.yml", "-t", "metadata");
        var destroy = await folder.RunAsync("destroy", "-f", "meta.yml");
        var after = await folder.RunAsync("get-info", "-f", "meta.yml", "-t", "metadata");

        Assert.Equal(ExitCodes.Ok, apply.ExitCode);
        Assert.Contains("main.bravo: metadata web.conf: written\n", apply.StdOut, StringComparison.Ordinal);
        Assert.Contains("  chain: alpha\n  labels:\n    - web\n  metadata:\n    web.conf: |\n      a = 1\n      b = 2\n    web.port: 8080\n", info.StdOut, StringComparison.Ordinal);
        Assert.Contains("main.alpha: metadata web.port: deleted\n", destroy.StdOut, StringComparison.Ordinal);
        Assert.Equal("", after.StdOut);
    }

    private static bool IsUpOfWeb(string line) =>
        line.Contains(" up ", StringComparison.Ordinal) && line.EndsWith("-p web", StringComparison.Ordinal);
}
