using System.Globalization;
using System.Text.Json.Nodes;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issues 10.1 and 11.5 with the real executable: a tree migrated one node at a time, root (ours) → alpha (a node
/// that serves only the original's routes) → beta (ours), answers <c>get-info</c> with all three nodes and
/// deploys through the original node; and a child stopped with SIGSTOP does not hold <c>get-info</c>: it returns
/// and names the child as not answering.
/// </summary>
public sealed class MixedTreeWalkthroughTests : IAsyncDisposable
{
    /// <summary>Far above one chain read timeout (10 s), below the seven attempts of 10 s a hung child used to cost.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _folder = new("overlord-mixed-walk");
    private readonly ServedTree _served = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _served.Nodes)
        {
            Signal("CONT", node.ProcessId);
        }

        await _served.DisposeAsync();

        _folder.Dispose();
    }

    [Fact]
    public async Task An_original_node_in_the_middle_of_the_tree_answers_get_info_and_apply_deploys_through_it()
    {
        var (rootPort, alphaPort, betaPort, webPort) = (ServeProcess.FreePort(), ServeProcess.FreePort(), ServeProcess.FreePort(), ServeProcess.FreePort());
        var beta = ServedTree.WriteConfig(_folder, new ServedNode("beta", betaPort) { Labels = "[all, web]" });
        var alpha = ServedTree.WriteConfig(_folder, new ServedNode("alpha", alphaPort) { Labels = "[all, middle]", Chains = [("beta", betaPort, await OverlordExecutable.GenTokenAsync(beta))] });
        var alphaToken = await OverlordExecutable.GenTokenAsync(alpha);
        var root = ServedTree.WriteConfig(_folder, new ServedNode("root", rootPort) { Labels = "[all, root]", Chains = [("alpha", alphaPort, alphaToken)] });
        var rootToken = await OverlordExecutable.GenTokenAsync(root);
        await _served.StartAsync(beta);
        await _served.StartAsync(alpha, new Dictionary<string, string> { ["OVERLORD_TEST_ONLY_WITHOUT_TREE_ROUTES"] = "1" });
        await _served.StartAsync(root);
        _folder.Write("web.makejail", $"STAGE start\nCMD ${{OVERLORD_BIN}} httpd --listen 127.0.0.1:{webPort} --text through-the-original\n");
        WriteSpecs(rootPort, rootToken);
        _folder.Write("alpha.yml", $"kind: metadata\ndatacenters:\n  original:\n    entrypoint: http://127.0.0.1:{alphaPort}\n    access_token: {alphaToken}\ndeployIn:\n  labels: [all]\nmetadata:\n  greeting: hello\n");

        var original = await OverlordAsync("get-info", "-f", "alpha.yml", "-t", "chains", "--output", "json");
        var info = await OverlordAsync("get-info", "-f", "all.yml", "-t", "chains", "--output", "json");
        var apply = await OverlordAsync("apply", "-f", "web.yml", "--wait");
        var page = await ServedPage.ReadAsync(webPort);
        var destroy = await OverlordAsync("destroy", "-f", "web.yml", "--wait");

        Assert.True(info.ExitCode == ExitCodes.Ok, info.StdOut + info.StdErr);
        Assert.Empty(JsonNode.Parse(info.StdOut)!["unreachable"]!.AsArray());
        Assert.DoesNotContain("404", info.StdOut + info.StdErr, StringComparison.Ordinal);
        Assert.Equal([(null, "all,root"), ("alpha", "all,middle"), ("alpha.beta", "all,web")], Nodes(info));
        Assert.True(original.ExitCode == ExitCodes.Ok, original.StdOut + original.StdErr);
        Assert.Equal([(null, "all,middle"), ("beta", "all,web")], Nodes(original));
        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdOut + apply.StdErr);
        Assert.Contains("1 succeeded, 0 failed", apply.StdOut, StringComparison.Ordinal);
        Assert.Contains("alpha.beta", apply.StdOut, StringComparison.Ordinal);
        Assert.Equal("through-the-original", page.Trim());
        Assert.True(destroy.ExitCode == ExitCodes.Ok, destroy.StdOut + destroy.StdErr);
    }

    [Fact]
    public async Task A_child_stopped_with_sigstop_does_not_hold_get_info_and_is_named_as_not_answering()
    {
        var (rootPort, alphaPort) = (ServeProcess.FreePort(), ServeProcess.FreePort());
        var alpha = ServedTree.WriteConfig(_folder, new ServedNode("alpha", alphaPort) { Labels = "[all]" });
        var root = ServedTree.WriteConfig(_folder, new ServedNode("root", rootPort) { Labels = "[all, root]", Chains = [("alpha", alphaPort, await OverlordExecutable.GenTokenAsync(alpha))] });
        var rootToken = await OverlordExecutable.GenTokenAsync(root);
        var stopped = await _served.StartAsync(alpha);
        await _served.StartAsync(root);
        WriteSpecs(rootPort, rootToken);
        Signal("STOP", stopped.ProcessId);

        var info = await OverlordAsync(Patience, "get-info", "-f", "all.yml", "-t", "projects");

        Assert.NotEqual(ToolRunner.TimedOutExitCode, info.ExitCode);
        Assert.Contains("alpha", info.StdOut + info.StdErr, StringComparison.Ordinal);
        Assert.Contains("no answer from", info.StdOut + info.StdErr, StringComparison.Ordinal);
    }

    /// <summary>Each node of <c>get-info -t chains --output json</c>: its chain and its labels.</summary>
    private static List<(string? Chain, string Labels)> Nodes(ToolResult info) =>
        [.. JsonNode.Parse(info.StdOut)!["nodes"]!.AsArray().Select(node => ((string?)node!["chain"], string.Join(',', node["labels"]!.AsArray().Select(label => (string?)label))))];

    private void WriteSpecs(int rootPort, string rootToken)
    {
        _folder.Write(".env", $"OVERLORD_ENTRYPOINT=http://127.0.0.1:{rootPort}\nOVERLORD_TOKEN={rootToken}\n");
        const string Datacenters = """
            datacenters:
              main:
                entrypoint: !ENV '${OVERLORD_ENTRYPOINT}'
                access_token: !ENV '${OVERLORD_TOKEN}'
            """;
        _folder.Write("all.yml", $"kind: metadata\n{Datacenters}\ndeployIn:\n  labels: [all]\nmetadata:\n  greeting: hello\n");
        _folder.Write("web.yml", $"""
            kind: directorProject
            {Datacenters}
            deployIn:
              labels: [web]
            projectName: hello
            projectFile: |
              services:
                web:
                  makejail: {_folder.Combine("web.makejail")}
            """);
    }


    private static void Signal(string signal, int processId)
    {
        using var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", processId.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private Task<ToolResult> OverlordAsync(params string[] args) => OverlordAsync(TimeSpan.FromSeconds(120), args);

    private Task<ToolResult> OverlordAsync(TimeSpan timeout, params string[] args) =>
        ToolRunner.RunAsync(RepositoryLayout.OverlordExecutable, args, new ToolRunOptions
        {
            WorkingDirectory = _folder.Path,
            Timeout = timeout,
        }, Token);
}
