using Overlord.Core.Config;

namespace Overlord.Core.Tests.Config;

public sealed class ConfigDefaultsTests
{
    [Fact]
    public void Parse_EmptyFile_GivesTheOriginalDefaults()
    {
        var config = ConfigTesting.Valid("");

        Assert.Equal(8888, config.Port);
        Assert.Equal(9331, config.Tls.Port);
        Assert.False(config.Tls.Enabled);
        Assert.False(config.Debug);
        Assert.True(config.CompressResponse);
        Assert.Equal(["all"], config.Labels);
        Assert.Empty(config.Chains);
        Assert.Null(config.SecretKey);
        Assert.Null(config.LogConfig);
        Assert.Equal(TimeSpan.FromHours(3), config.ExecutionTime);
        Assert.Equal("127.0.0.1:11300", config.BeanstalkdAddress.ToString());
        Assert.Null(config.DataPlaneApi);
        Assert.Null(config.HaproxyStats);
        Assert.Equal("/skydns", config.SkyDns.Path);
        Assert.Equal(".", config.SkyDns.Zone);
        Assert.Equal(30, config.MaxAutoscaleLogs);
        Assert.Equal(TimeSpan.FromMinutes(10), config.AutoscaleLogsExpireTime);
        Assert.Null(config.Agent);
    }

    [Fact]
    public void Parse_EmptyFile_UsesTheHostForMachineDefaults()
    {
        var config = ConfigTesting.Valid("");

        Assert.Equal(RuntimeKind.Process, config.Runtime);
        Assert.Equal("/home/op/.local/share/overlord", config.DataDirectory);
        Assert.Equal(OverlordConfig.AnyAddress, config.Listen);
        Assert.Equal(3, config.MaxWatchCommands);
        Assert.Equal("/home/op/.director/logs", config.Director.Logs);
        Assert.Equal("/home/op/.director/projects", config.Director.Projects);
        Assert.Equal("/home/op/.director/locks", config.Director.Locks);
    }

    [Fact]
    public void Parse_EmptyFile_PutsTheOriginalsPrefixPathsUnderTheDataDirectory()
    {
        var config = ConfigTesting.Valid("data_dir: /srv/ov\n");

        Assert.Equal("/srv/ov/serverid", config.ServerIdFile);
        Assert.Equal("/srv/ov/keyfile", config.SecretKeyFile);
        Assert.Equal("/srv/ov/beanstalkd_secret", config.BeanstalkdSecretFile);
        Assert.Equal("/srv/ov/metadata", config.Metadata.Location);
        Assert.Equal("/srv/ov/namespace", config.Metadata.Namespaces);
        Assert.Equal("/srv/ov/components", config.ComponentsDirectory);
    }

    [Fact]
    public void Defaults_OnFreeBsd_UseAppJailAndVarDb()
    {
        var config = ConfigLoader.Defaults(ConfigTesting.Variables(), ConfigTesting.Host with { IsFreeBsd = true });

        Assert.Equal(RuntimeKind.AppJail, config.Runtime);
        Assert.Equal("/var/db/overlord", config.DataDirectory);
    }

    [Fact]
    public void Defaults_WithXdgDataHomeInTheVariables_PutDataThere()
    {
        var config = ConfigLoader.Defaults(ConfigTesting.Variables(("XDG_DATA_HOME", "/data/xdg"), ("HOME", "/home/other")), ConfigTesting.Host);

        Assert.Equal("/data/xdg/overlord", config.DataDirectory);
        Assert.Equal("/home/other/.director/logs", config.Director.Logs);
    }

    [Fact]
    public void Parse_NoPollingSection_UsesTheNarrowKeywordLists()
    {
        var config = ConfigTesting.Valid("port: 8888\n");

        Assert.Equal(["name", "network_ip4", "ports", "status", "type", "version"], config.Polling.Keywords.Jail);
    }

    [Fact]
    public void Parse_PollingSectionWithoutKeywords_UsesEveryValidKeyword()
    {
        var config = ConfigTesting.Valid("polling:\n  jails: 5\n");

        Assert.Equal(32, config.Polling.Keywords.Jail.Count);
        Assert.Equal(PollingKeywordCatalog.Valid["volume"], config.Polling.Keywords.ByGroup["volume"]);
    }

    [Fact]
    public void Parse_NullValues_MeanTheDefault()
    {
        var config = ConfigTesting.Valid("port: ~\nlabels:\nautodisable:\n  failures: null\n");

        Assert.Equal(8888, config.Port);
        Assert.Equal(["all"], config.Labels);
        Assert.Equal(2, config.Autodisable.Failures);
    }

    [Fact]
    public void Parse_ExecutionTimeWrittenAsNull_MeansNoLimit()
    {
        var config = ConfigTesting.Valid("execution_time: null\n");

        Assert.Null(config.ExecutionTime);
    }

    [Fact]
    public void Parse_StopGrace_DefaultsTo120SecondsAndTakesSeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(120), ConfigTesting.Valid("").StopGrace);
        Assert.Equal(TimeSpan.FromSeconds(3), ConfigTesting.Valid("stop_grace: 3\n").StopGrace);
    }

    [Fact]
    public void Parse_NoEtcdSection_UsesLocalhost2379()
    {
        var host = Assert.Single(ConfigTesting.Valid("").Etcd);

        Assert.Equal("localhost", host.Key);
        Assert.Equal(2379, host.Value.Port);
        Assert.Equal("http", host.Value.Protocol);
    }

    [Fact]
    public void NewRecord_MatchesTheLoaderOnThisMachine()
    {
        var loaded = ConfigLoader.Defaults(Overlord.Core.Environment.VariableSource.FromProcess());

        Assert.Equal(ConfigPrinter.ToJson(loaded), ConfigPrinter.ToJson(new OverlordConfig()));
    }
}
