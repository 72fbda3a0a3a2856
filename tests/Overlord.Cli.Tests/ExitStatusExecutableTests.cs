using Overlord.Core;

namespace Overlord.Cli.Tests;

/// <summary>
/// Exit codes and messages of the built executable that a script can trust (issue 10): a refused token is named
/// as such and exits 77, no answer from the selected nodes exits 69, and <c>--wait</c> fails when a node
/// that may be selected could not be reached.
/// </summary>
public sealed class ExitStatusExecutableTests
{
    private const string Metadata = "metadata:\n  greeting: hello\n";

    [Fact]
    public async Task Get_info_with_a_token_the_node_refuses_exits_77_and_says_refused()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Name = "root", Labels = ["web"] });
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", node.Url, token: "a-token-this-node-never-made");

        var info = await OverlordExecutable.RunAsync(folder.Path, "get-info", "-f", "spec.yml", "-t", "projects");

        Assert.Equal(ExitCodes.NoPermission, info.ExitCode);
        Assert.Equal(
            [
                $"warning: main.(root): refused the token: (entrypoint:{node.Url}, status:401) Error while decoding the JWT.",
                "overlord: main.(root) refused the token: check datacenters.main.access_token (a token made by gen-token on the node that refused it)",
            ],
            OverlordExecutable.Lines(info.StdErr));
    }

    [Fact]
    public async Task Get_info_names_a_chain_that_refuses_its_parents_token_and_exits_77()
    {
        await using var child = await RunningNode.StartAsync(new NodeSpec { Name = "child", Labels = ["web"] });
        var wrongChainToken = $"chains:\n  child:\n    entrypoint: '{child.Url}'\n    access_token: 'not-the-childs-token'\n    retry: {{total: 0}}\n";
        await using var root = await RunningNode.StartAsync(new NodeSpec { Name = "root", Labels = ["web"], ExtraYaml = wrongChainToken });
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", root.Url, root.Token);

        var info = await OverlordExecutable.RunAsync(folder.Path, "get-info", "-f", "spec.yml", "-t", "chains", "--all-labels");

        Assert.Equal(ExitCodes.NoPermission, info.ExitCode);
        Assert.StartsWith("datacenter: main\n", info.StdOut, StringComparison.Ordinal);
        Assert.StartsWith("warning: main.child: refused the token: ", info.StdErr, StringComparison.Ordinal);
        Assert.EndsWith("overlord: main.child refused the token: check chains.child.access_token on its parent (a token made by gen-token on the node that refused it)\n", info.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("unreachable", info.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_command_refused_by_the_node_exits_77()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Name = "root", Labels = ["web"] });
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", node.Url, token: "a-token-this-node-never-made");

        var log = await OverlordExecutable.RunAsync(folder.Path, "get-project-log", "-f", "spec.yml", "-d", "2026-01-02_10h11m12s", "-s", "web", "-l", "start.log", "main");

        Assert.Equal(ExitCodes.NoPermission, log.ExitCode);
        Assert.Equal($"overlord: the node refused the token: (entrypoint:{node.Url}, status:401) Error while decoding the JWT.\n", log.StdErr);
    }

    [Fact]
    public async Task Get_info_exits_69_when_none_of_the_selected_nodes_answered()
    {
        await using var tree = await NodeTree.StartAsync();
        await tree.Alpha.StopAsync();
        await tree.Bravo.StopAsync();
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "web.yml"), tree.ProjectSpec());

        var info = await OverlordExecutable.RunAsync(folder.Path, "get-info", "-f", "web.yml", "-t", "projects");

        Assert.Equal(ExitCodes.Unavailable, info.ExitCode);
        Assert.Equal("", info.StdOut);
        Assert.Contains("warning: main.alpha: unreachable: ", info.StdErr, StringComparison.Ordinal);
        Assert.Contains("warning: main.bravo: unreachable: ", info.StdErr, StringComparison.Ordinal);
        Assert.EndsWith("overlord: no selected node answered\n", info.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_wait_exits_1_and_names_a_chain_that_could_not_be_reached()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        folder.WriteSpec("metadata", Metadata, tree.Root.Url, tree.Root.Token);
        var allUp = await OverlordExecutable.RunAsync(folder.Path, "apply", "-f", "spec.yml", "--wait");
        await tree.Bravo.StopAsync();

        var apply = await OverlordExecutable.RunAsync(folder.Path, "apply", "-f", "spec.yml", "--wait");

        Assert.True(allUp.ExitCode == ExitCodes.Ok, allUp.StdErr);
        Assert.Equal(1, apply.ExitCode);
        Assert.StartsWith("main.alpha: metadata greeting: ", apply.StdOut, StringComparison.Ordinal);
        Assert.Contains("warning: main.bravo: unreachable: ", apply.StdErr, StringComparison.Ordinal);
        Assert.EndsWith("overlord: not done on main.bravo: could not be reached\n", apply.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Destroy_wait_exits_1_and_names_a_chain_that_could_not_be_reached()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        folder.WriteSpec("metadata", Metadata, tree.Root.Url, tree.Root.Token);
        await OverlordExecutable.RunAsync(folder.Path, "apply", "-f", "spec.yml");
        await tree.Bravo.StopAsync();

        var destroy = await OverlordExecutable.RunAsync(folder.Path, "destroy", "-f", "spec.yml", "--wait");
        var onlyAlpha = await OverlordExecutable.RunAsync(folder.Path, "destroy", "-f", "spec.yml", "--wait", "--filter-chain", "alpha");

        Assert.Equal(1, destroy.ExitCode);
        Assert.StartsWith("main.alpha: metadata greeting: ", destroy.StdOut, StringComparison.Ordinal);
        Assert.EndsWith("overlord: not done on main.bravo: could not be reached\n", destroy.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("main.bravo", onlyAlpha.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html", "<!DOCTYPE html>\n<html><body><h1>It works!</h1></body></html>\n", "an HTML page")]
    [InlineData("application/json", """{"hello": "world"}""", "JSON of another shape")]
    public async Task An_entrypoint_that_is_not_an_overlord_node_is_named_in_one_line(string contentType, string body, string seen)
    {
        await using var server = await ForeignWebServer.StartAsync(contentType, body);
        using var folder = new DeployTestFolder();
        folder.WriteSpec("readOnly", "", server.Url);

        var info = await OverlordExecutable.RunAsync(folder.Path, "get-info", "-f", "spec.yml", "-t", "projects");

        Assert.Equal(ExitCodes.Unavailable, info.ExitCode);
        Assert.Equal(
            [
                $"warning: main.(root): not an Overlord node: (entrypoint:{server.Url}, status:200) GET /v1/tree/projects got {seen}, not an Overlord node's JSON",
                "overlord: no node of main could be reached",
            ],
            OverlordExecutable.Lines(info.StdErr));
    }

    [Theory]
    [InlineData("gen-token", "--expire", "abc", "overlord: --expire: 'abc' is not a whole number")]
    [InlineData("apply", "--timeout", "soon", "overlord: --timeout: 'soon' is not a number")]
    public async Task An_option_value_of_the_wrong_kind_is_a_usage_error_without_dotnet_type_names(string command, string option, string value, string message)
    {
        using var folder = new DeployTestFolder();

        string[] args = command == "apply" ? [command, "-f", "spec.yml", option, value] : [command, option, value];
        var result = await OverlordExecutable.RunAsync(folder.Path, args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal([message, "Try 'overlord --help' for more information."], OverlordExecutable.Lines(result.StdErr));
    }
}
