using Overlord.Core;

namespace Overlord.Cli.Tests;

public sealed class SyncCommandTests
{
    [Fact]
    public async Task Sync_dry_run_with_nothing_new_exits_0()
    {
        await using var host = await AgentCliHost.StartAsync();

        var (code, stdout, _) = await host.RunAgainstAsync("sync", "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("nothing to do", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_dry_run_with_a_new_spec_prints_it_per_node_and_exits_1()
    {
        await using var host = await AgentCliHost.StartAsync();
        await host.Git.CommitAsync(("web.yml", AgentCliSpecs.Project("web")));

        var (code, stdout, stderr) = await host.RunAgainstAsync("sync", "--dry-run");

        Assert.Equal((1, ""), (code, stderr));
        Assert.Contains("  apply    web.yml (directorProject web): added\n", stdout, StringComparison.Ordinal);
        Assert.Contains("           main: PLANNED\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_wait_with_every_job_done_exits_0_and_prints_each_node()
    {
        await using var host = await AgentCliHost.StartAsync();
        await host.Git.CommitAsync(("web.yml", AgentCliSpecs.Project("web")));

        var (code, stdout, _) = await host.RunAgainstAsync("sync", "--wait");

        Assert.Equal(0, code);
        Assert.Contains("succeeded", stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n {11}main: DONE job \d+\n", stdout);
    }

    [Fact]
    public async Task Sync_wait_with_a_failed_job_exits_1()
    {
        await using var host = await AgentCliHost.StartAsync();
        host.Dispatcher.FailingSpecs.Add("web.yml");
        await host.Git.CommitAsync(("web.yml", AgentCliSpecs.Project("web")));

        var (code, stdout, _) = await host.RunAgainstAsync("sync", "--wait");

        Assert.Equal(1, code);
        Assert.Contains("main: FAILED", stdout, StringComparison.Ordinal);
        Assert.Contains("errlevel 1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_without_wait_prints_the_queued_sync_id()
    {
        await using var host = await AgentCliHost.StartAsync();

        var (code, stdout, _) = await host.RunAgainstAsync("sync");

        Assert.Equal(0, code);
        Assert.Matches("^sync [0-9a-f]{32} queued", stdout);
    }

    [Fact]
    public async Task Sync_reads_the_entrypoint_and_token_from_the_env_file()
    {
        await using var host = await AgentCliHost.StartAsync();
        await File.WriteAllTextAsync(
            Path.Combine(host.WorkingDirectory, ".env"), $"OVERLORD_ENTRYPOINT={host.Entrypoint}\nOVERLORD_TOKEN=from-env\n", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await host.RunAsync("sync", "--dry-run");

        Assert.Equal((0, ""), (code, stderr));
    }

    [Fact]
    public async Task Sync_without_an_entrypoint_is_a_usage_error()
    {
        await using var host = await AgentCliHost.StartAsync();

        var (code, _, stderr) = await host.RunAsync("sync", "--token", "t");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("OVERLORD_ENTRYPOINT", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_against_a_node_that_is_down_exits_2()
    {
        await using var host = await AgentCliHost.StartAsync();

        var (code, _, stderr) = await host.RunAsync("sync", "--entrypoint", "http://127.0.0.1:1", "--token", "t");

        Assert.Equal(2, code);
        Assert.StartsWith("overlord: sync: cannot reach", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_to_an_unknown_revision_exits_2()
    {
        await using var host = await AgentCliHost.StartAsync();

        var (code, stdout, _) = await host.RunAgainstAsync("sync", "--wait", "--revision", "0123456789abcdef0123456789abcdef01234567");

        Assert.Equal(2, code);
        Assert.Contains("is not a commit of the repository", stdout, StringComparison.Ordinal);
    }
}
