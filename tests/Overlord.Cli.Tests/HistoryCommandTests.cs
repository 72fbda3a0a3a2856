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
    public async Task History_of_a_commit_the_agent_does_not_know_exits_2()
    {
        await using var host = await AgentCliHost.StartAsync();

        var (code, _, stderr) = await host.RunAgainstAsync("history", "--commit", "0123456789abcdef0123456789abcdef01234567");

        Assert.Equal(2, code);
        Assert.Contains("cannot be found", stderr, StringComparison.Ordinal);
    }
}
