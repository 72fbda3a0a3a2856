using System.Globalization;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 10's "Done when" for the README, run as a user pastes it: the "A tree of nodes" block (three
/// <c>overlord serve</c> with their own configs and tokens), the "Deploy by hand" block (examples-repo's hello
/// service on the nodes labelled demo), and the stop block, in bash with the built <c>overlord</c> on the PATH.
/// Between the deploy and the destroy, the child gets a new label and SIGHUP: it must keep running, keep its
/// service serving and answer with the new labels.
/// </summary>
public sealed class ReadmeTreeWalkthroughTests : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("overlord-readme-tree");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        // After a failure: the nodes the script left running (a passing run stops them itself).
        foreach (var pidFile in Directory.EnumerateFiles(_folder.Path, "*.pid"))
        {
            await ToolRunner.RunAsync("kill", ["-s", "KILL", File.ReadAllText(pidFile).Trim()], null, CancellationToken.None);
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task The_tree_recipe_and_deploy_by_hand_run_as_written_and_a_reload_changes_labels_without_a_restart()
    {
        var recipe = new ReadmeTreeRecipe(_folder.Path);
        var deploy = recipe.Block("deploy").Split('\n');
        var served = Array.FindIndex(deploy, line => line.StartsWith("curl ", StringComparison.Ordinal)) + 1;
        Assert.True(served > 0, "the deploy block has no curl line");
        var script = string.Join('\n',
        [
            "set -euo pipefail",
            recipe.Block("tree"),
            .. deploy[..served],
            recipe.Localize(ReloadChildLabels),
            .. deploy[served..],
            recipe.Block("stop"),
            recipe.Localize("while kill -0 $(cat /tmp/tree/*.pid) 2>/dev/null; do sleep 0.2; done"),
        ]);

        // env: the reload below needs SIGHUP handled, and a harness under nohup(1) would pass it down ignored.
        var run = await ToolRunner.RunAsync("env", ["--default-signal=HUP", "bash", "-c", script], new ToolRunOptions
        {
            WorkingDirectory = RepositoryLayout.Root,
            Environment = new Dictionary<string, string>
            {
                ["PATH"] = Path.GetDirectoryName(RepositoryLayout.OverlordExecutable) + ":" + Environment.GetEnvironmentVariable("PATH"),
                ["HELLO_PORT_EU"] = recipe.Port("8081"),
                ["HELLO_PORT_US"] = recipe.Port("8082"),
            },
            Timeout = TimeSpan.FromMinutes(4),
        }, Token);

        var output = run.StdOut + run.StdErr;
        Assert.True(run.ExitCode == ExitCodes.Ok, output + Logs());
        Assert.Contains("chain: alpha.beta", output, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(output, "2 succeeded, 0 failed"));
        Assert.Contains($"Served by the node labelled <strong>eu</strong>, on port {recipe.Port("8081")}", output, StringComparison.Ordinal);
        Assert.Contains($"Served by the node labelled <strong>us</strong>, on port {recipe.Port("8082")}", output, StringComparison.Ordinal);
        Assert.Contains("reloaded labels: {\"status_code\":200,\"labels\":[\"demo\",\"web\",\"us\",\"edge\"]}", output, StringComparison.Ordinal);
        Assert.Contains("after reload, pid unchanged: yes", output, StringComparison.Ordinal);
        Assert.Contains($"after reload, the service: <h1>Hello from Overlord</h1>", output, StringComparison.Ordinal);
        Assert.Contains("Configuration reloaded from", File.ReadAllText(Path.Combine(_folder.Path, "child.log")), StringComparison.Ordinal);
        Assert.DoesNotContain(ProcessCommandLines(), line => line.Contains(_folder.Path, StringComparison.Ordinal));
    }

    // Not in the README: edits the child's labels, sends SIGHUP, and shows what the child serves afterwards.
    private const string ReloadChildLabels = """
        pid=$(cat /tmp/tree/child.pid)
        sed -i.bak 's/labels: \[demo, web, us\]/labels: [demo, web, us, edge]/' /tmp/tree/child.yml
        kill -HUP "$pid"
        token=$(overlord gen-token --config /tmp/tree/child.yml)
        until curl -sf -H "Authorization: Bearer $token" http://127.0.0.1:18402/v1/labels | grep -q edge; do sleep 0.2; done
        echo "reloaded labels: $(curl -sf -H "Authorization: Bearer $token" http://127.0.0.1:18402/v1/labels)"
        echo "after reload, pid unchanged: $(kill -0 "$pid" && [ "$(cat /tmp/tree/child.pid)" = "$pid" ] && echo yes)"
        echo "after reload, the service: $(curl -sf http://127.0.0.1:8082/ | grep '<h1>')"
        """;

    private string Logs() => string.Concat(Directory.EnumerateFiles(_folder.Path, "*.log").Select(file => $"\n--- {file}\n{File.ReadAllText(file)}"));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static List<string> ProcessCommandLines() =>
        Directory.EnumerateDirectories("/proc")
            .Where(directory => int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(directory => ReadCommandLine(Path.Combine(directory, "cmdline")))
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
