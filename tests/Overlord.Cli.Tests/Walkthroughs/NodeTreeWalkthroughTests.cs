using System.Globalization;
using System.Text.Json.Nodes;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 3's "Done when", played with the real executable as a new user would from the README: three nodes
/// started with <c>overlord serve</c> (root, child, grandchild; process runtime), tokens made with
/// <c>overlord gen-token</c>, a directorProject applied to the label of two of them, <c>get-info -t projects</c>
/// showing it DONE on both with its services at status 0, the services answering HTTP, and
/// <c>overlord destroy</c> removing them with no process left.
/// </summary>
public sealed class NodeTreeWalkthroughTests : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("overlord-tree-walk");
    private readonly ServedTree _served = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        _folder.Dispose();
    }

    [Fact]
    public async Task Three_served_nodes_deploy_by_label_serve_http_and_destroy_without_leftovers()
    {
        var (rootPort, childPort, grandchildPort) = (ServeProcess.FreePort(), ServeProcess.FreePort(), ServeProcess.FreePort());
        var (webA, webB) = (ServeProcess.FreePort(), ServeProcess.FreePort());
        var grandchild = ServedTree.WriteConfig(_folder, new ServedNode("grandchild", grandchildPort) { Labels = "[web, leaf]" });
        var grandchildToken = await OverlordExecutable.GenTokenAsync(grandchild);
        var child = ServedTree.WriteConfig(_folder, new ServedNode("child", childPort) { Labels = "[web, middle]", Chains = [("beta", grandchildPort, grandchildToken)] });
        var childToken = await OverlordExecutable.GenTokenAsync(child);
        var root = ServedTree.WriteConfig(_folder, new ServedNode("root", rootPort) { Labels = "[root]", Chains = [("alpha", childPort, childToken)] });
        var rootToken = await OverlordExecutable.GenTokenAsync(root);
        foreach (var config in new[] { grandchild, child, root })
        {
            await _served.StartAsync(config);
        }

        _folder.Write("web.makejail", "ARG port\nWORKDIR www\nRUN echo \"hello from ${port}\" > index.html\nSTAGE start\nCMD ${OVERLORD_BIN} httpd --listen 127.0.0.1:${port} --root ${OVERLORD_ROOT}/www\n");
        _folder.Write(".env", $"OVERLORD_ENTRYPOINT=http://127.0.0.1:{rootPort}\nOVERLORD_TOKEN={rootToken}\n");
        _folder.Write("web.yml", $$"""
            kind: directorProject
            datacenters:
              main:
                entrypoint: !ENV '${OVERLORD_ENTRYPOINT}'
                access_token: !ENV '${OVERLORD_TOKEN}'
            deployIn:
              labels: [web]
            projectName: hello
            chainsEnvironment:
              alpha: {PORT: '{{webA}}'}
              alpha.beta: {PORT: '{{webB}}'}
            projectFile: |
              services:
                web:
                  makejail: {{_folder.Combine("web.makejail")}}
                  arguments:
                    - port: !ENV '${PORT}'
            """);

        var apply = await OverlordAsync("apply", "-f", "web.yml", "--wait");
        var info = await OverlordAsync("get-info", "-f", "web.yml", "-t", "projects", "--output", "json");
        var pages = new[] { await ServedPage.ReadAsync(webA), await ServedPage.ReadAsync(webB) };
        var destroy = await OverlordAsync("destroy", "-f", "web.yml", "--wait");

        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdOut + apply.StdErr);
        Assert.Contains("2 succeeded, 0 failed", apply.StdOut, StringComparison.Ordinal);
        var nodes = JsonNode.Parse(info.StdOut)!["nodes"]!.AsArray();
        Assert.Equal(["alpha", "alpha.beta"], nodes.Select(n => (string?)n!["chain"]).Order(StringComparer.Ordinal));
        Assert.All(nodes, node => Assert.Contains("\"state\":\"DONE\"", node!.ToJsonString(), StringComparison.Ordinal));
        Assert.All(nodes, node => Assert.Contains("\"status\":0", node!.ToJsonString(), StringComparison.Ordinal));
        Assert.Equal([$"hello from {webA}\n", $"hello from {webB}\n"], pages);
        Assert.True(destroy.ExitCode == ExitCodes.Ok, destroy.StdOut + destroy.StdErr);
        Assert.Empty(ProcessesUnder(_folder.Path));
    }


    private Task<ToolResult> OverlordAsync(params string[] args) =>
        ToolRunner.RunAsync(RepositoryLayout.OverlordExecutable, args, new ToolRunOptions
        {
            WorkingDirectory = _folder.Path,
            Timeout = TimeSpan.FromSeconds(120),
        }, Token);

    /// <summary>Processes whose command line mentions the folder: services run from under the nodes' data folders.</summary>
    private static List<string> ProcessesUnder(string folder) =>
        Directory.EnumerateDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(d => ReadCommandLine(Path.Combine(d, "cmdline")))
            .Where(line => line.Contains(folder, StringComparison.Ordinal) && !line.Contains(" serve ", StringComparison.Ordinal))
            .ToList();

    private static string ReadCommandLine(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }
}
