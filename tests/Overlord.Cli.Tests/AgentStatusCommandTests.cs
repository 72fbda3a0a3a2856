namespace Overlord.Cli.Tests;

public sealed class AgentStatusCommandTests
{
    [Fact]
    public async Task Agent_status_prints_the_last_applied_commit_the_last_sync_and_the_inventory()
    {
        await using var host = await AgentCliHost.StartAsync();
        var head = await host.Git.CommitAsync(("web.yml", AgentCliSpecs.Project("web")));
        await host.RunAgainstAsync("sync", "--wait");

        var (code, stdout, _) = await host.RunAgainstAsync("agent-status");

        Assert.Equal(0, code);
        Assert.Contains($"last applied: {head}\n", stdout, StringComparison.Ordinal);
        Assert.Matches(@"last sync: [0-9a-f]{32} \(manual\) succeeded", stdout);
        Assert.Contains("inventory: 2 deployed, 0 orphaned, 0 failed\n", stdout, StringComparison.Ordinal);
    }
}
