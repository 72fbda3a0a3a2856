using Overlord.Core.Config;

namespace Overlord.Core.Tests.Config;

/// <summary>What SIGHUP takes from a reread overlord.yml: the live keys change, the others wait for a restart.</summary>
public sealed class ConfigReloadTests
{
    private const string Chain = "chains:\n  web1:\n    entrypoint: http://10.0.0.11:8888\n    access_token: one\n";

    [Fact]
    public void Labels_and_a_changed_chain_token_apply_and_a_new_port_waits_for_a_restart()
    {
        var running = ConfigTesting.Valid("port: 8888\nlabels: [web]\n" + Chain);
        var loaded = ConfigTesting.Valid("port: 9999\nlabels: [web, edge]\n" + Chain.Replace("one", "two", StringComparison.Ordinal));

        var reload = ConfigReload.Between(running, loaded);

        Assert.Equal(["labels", "chains.web1"], reload.Applied);
        Assert.Equal(["port"], reload.NeedRestart);
        Assert.Equal(["web", "edge"], reload.Effective.Labels);
        Assert.Equal("two", reload.Effective.Chains["web1"].AccessToken.Reveal());
        Assert.Equal(8888, reload.Effective.Port);
    }

    [Fact]
    public void The_same_file_changes_nothing()
    {
        var reload = ConfigReload.Between(ConfigTesting.Valid("labels: [web]\n" + Chain), ConfigTesting.Valid("labels: [web]\n" + Chain));

        Assert.Empty(reload.Applied);
        Assert.Empty(reload.NeedRestart);
    }

    [Fact]
    public void A_new_secret_key_and_data_dir_wait_for_a_restart_and_keep_their_running_values()
    {
        var running = ConfigTesting.Valid("secret_key: first\ndata_dir: /var/db/a\n");
        var loaded = ConfigTesting.Valid("secret_key: second\ndata_dir: /var/db/b\n");

        var reload = ConfigReload.Between(running, loaded);

        Assert.Contains("secret_key", reload.NeedRestart);
        Assert.Contains("data_dir", reload.NeedRestart);
        Assert.Equal("first", reload.Effective.SecretKey!.Reveal());
        Assert.Equal("/var/db/a", reload.Effective.DataDirectory);
    }

    [Fact]
    public void The_agents_interval_and_prune_apply_and_its_repository_waits()
    {
        var running = ConfigTesting.Valid("agent:\n  repository: /r\n  interval: 60\n");
        var loaded = ConfigTesting.Valid("agent:\n  repository: /s\n  interval: 5\n  prune: true\n");

        var reload = ConfigReload.Between(running, loaded);

        Assert.Equal(["agent.interval", "agent.prune"], reload.Applied);
        Assert.Equal(["agent.repository"], reload.NeedRestart);
        Assert.Equal(TimeSpan.FromSeconds(5), reload.Effective.Agent!.Interval);
        Assert.True(reload.Effective.Agent.Prune);
        Assert.Equal("/r", reload.Effective.Agent.Repository);
    }

    [Fact]
    public void Adding_the_agent_waits_for_a_restart()
    {
        var reload = ConfigReload.Between(ConfigTesting.Valid(""), ConfigTesting.Valid("agent:\n  repository: /r\n"));

        Assert.Equal(["agent"], reload.NeedRestart);
        Assert.Null(reload.Effective.Agent);
    }
}
