using Overlord.Cli.Commands;

namespace Overlord.Cli.Tests;

public sealed class HistoryCommandTests
{
    [Fact]
    public async Task History_of_one_spec_prints_its_note_lines_and_the_sync_summaries()
    {
        await using var host = await AgentCliHost.StartAsync();
        var head = await host.Git.CommitAsync(("web.yml", AgentCliSpecs.Project("web")));
        await host.RunAgainstAsync("sync", "--wait");

        var (code, stdout, _) = await host.RunAgainstAsync("history", "--spec", "web.yml");

        Assert.Equal(0, code);
        Assert.StartsWith($"commit {head}\n", stdout, StringComparison.Ordinal);
        Assert.Matches(@"  \S+Z apply web\.yml on main: DONE job \d+\n", stdout);
        Assert.Contains("sync succeeded (manual)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("app.yml", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_takes_the_spec_path_as_typed_in_a_checkout_or_from_the_root_and_says_when_nothing_matches()
    {
        await using var host = await AgentCliHost.StartAsync();
        await host.Git.CommitAsync(("specs/web.yml", AgentCliSpecs.Project("web")));
        await host.RunAgainstAsync("sync", "--wait");
        var specs = Path.Combine(host.Git.Work, "specs");
        string[] agent = ["--entrypoint", host.Entrypoint, "--token", "test-token"];

        var inSpecs = await OverlordExecutable.RunAsync(specs, ["history", "--spec", "web.yml", .. agent]);
        var atTop = await OverlordExecutable.RunAsync(host.Git.Work, ["history", "--spec", "./specs/web.yml", .. agent]);
        var outside = await OverlordExecutable.RunAsync(host.WorkingDirectory, ["history", "--spec", "specs/web.yml", .. agent]);
        var nothing = await OverlordExecutable.RunAsync(specs, ["history", "--spec", "db.yml", .. agent]);

        Assert.All([inSpecs, atTop, outside], result =>
        {
            Assert.Equal(0, result.ExitCode);
            Assert.Matches(@"  \S+Z apply specs/web\.yml on main: DONE job \d+\n", result.StdOut);
        });
        Assert.Equal((HistoryCommand.NothingMatched, ""), (nothing.ExitCode, nothing.StdOut));
        Assert.Equal("overlord: history: no line of the agent's notes is about spec 'db.yml' (looked for specs/db.yml, db.yml)\n", nothing.StdErr);
    }

    [Fact]
    public async Task History_of_a_commit_the_agent_does_not_know_exits_2()
    {
        await using var host = await AgentCliHost.StartAsync();

        var (code, _, stderr) = await host.RunAgainstAsync("history", "--commit", "0123456789abcdef0123456789abcdef01234567");

        Assert.Equal(2, code);
        Assert.Contains("cannot be found", stderr, StringComparison.Ordinal);
    }
}
