using System.Text.Json;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>The agent in a root node deploys a repository to real child nodes, and a later sync prunes through them.</summary>
public sealed class AgentEndToEndTests
{
    /// <summary>A project for nodes labelled web; the datacenter names no entrypoint or token: the agent uses its own node.</summary>
    private const string WebSpec = """
        kind: directorProject
        datacenters:
          main: {}
        deployIn:
          labels: [web]
        projectName: web
        projectFile: |
          services:
            web:
              makejail: Makejail
        """;

    private const string MetaSpec = """
        kind: metadata
        datacenters:
          main: {}
        deployIn:
          labels: [web]
        metadata:
          greeting: hello
        """;

    [Fact]
    public async Task A_pushed_repository_is_deployed_to_the_labelled_nodes_noted_per_node_and_pruned_on_request()
    {
        using var folder = new TempDirectory("overlord-agent-e2e");
        var git = new AgentCliGit(folder.Path);
        await git.InitAsync();
        var head = await git.CommitAsync(("web.yml", WebSpec), ("meta.yml", MetaSpec));
        await using var alpha = await RunningNode.StartAsync(new NodeSpec { Name = "alpha", Labels = ["web"] });
        await using var bravo = await RunningNode.StartAsync(new NodeSpec { Name = "bravo", Labels = ["db"] });
        await using var root = await AgentRootNode.StartAsync(git.Origin, alpha, bravo);
        var cli = new AgentCliRunner(folder.Combine("cwd"), root.Url, root.Token);

        await Eventually.HoldsAsync(async () => (await git.NoteLinesAsync(head)).Any(line => SpecOf(line) is null), "a note line without a spec", TimeSpan.FromSeconds(60));

        Assert.Single(alpha.Tools.CommandLines(), line => line.Contains(" up ", StringComparison.Ordinal) && line.EndsWith("-p web", StringComparison.Ordinal));
        Assert.DoesNotContain(bravo.Tools.CommandLines(), line => line.Contains(" up ", StringComparison.Ordinal));
        var notes = await git.NoteLinesAsync(head);
        var web = notes.Single(line => SpecOf(line) == "web.yml");
        Assert.Equal(("main.alpha", "DONE"), (web.GetProperty("chain").GetString(), web.GetProperty("state").GetString()));
        Assert.True(web.GetProperty("job_id").GetInt64() > 0);
        Assert.Equal("DONE", notes.Single(line => SpecOf(line) == "meta.yml").GetProperty("state").GetString());

        await git.CommitAsync(("web.yml", null));
        var prune = await cli.RunAsync("sync", "--wait", "--prune", "--allow-mass-prune");

        Assert.True(prune.ExitCode == 0, prune.StdOut + prune.StdErr);
        Assert.Matches(@"destroy +web\.yml \(directorProject web\): deleted -> succeeded\n +main\.alpha: DONE job \d+\n", prune.StdOut);
        Assert.Contains(alpha.Tools.CommandLines(), line => line.Contains(" down ", StringComparison.Ordinal) && line.EndsWith("-p web", StringComparison.Ordinal));
    }

    private static string? SpecOf(JsonElement line) => line.TryGetProperty("spec", out var spec) ? spec.GetString() : null;
}
