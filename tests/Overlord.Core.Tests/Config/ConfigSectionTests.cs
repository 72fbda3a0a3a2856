using Overlord.Core.Config;

namespace Overlord.Core.Tests.Config;

/// <summary>Every section of <c>overlord.yml</c> is read into its record.</summary>
public sealed class ConfigSectionTests
{
    [Fact]
    public void Parse_NodeKeys_AreRead()
    {
        var config = ConfigTesting.Valid(
            "runtime: appjail\ndata_dir: /srv/ov\nlisten: 10.0.0.1\nport: 9000\ndebug: yes\ncompress_response: off\n"
            + "serverid: /etc/ov/id\nsecret_keyfile: /etc/ov/key\ncomponents: /srv/c\nbeanstalkd_secret: /srv/b\n"
            + "max_watch_commands: 8\nmax_autoscale_logs: 5\nautoscale_logs_expire_time: 60\nexecution_time: 7200\n");

        Assert.Equal(RuntimeKind.AppJail, config.Runtime);
        Assert.Equal("/srv/ov", config.DataDirectory);
        Assert.Equal("10.0.0.1", config.Listen);
        Assert.Equal(9000, config.Port);
        Assert.True(config.Debug);
        Assert.False(config.CompressResponse);
        Assert.Equal("/etc/ov/id", config.ServerIdFile);
        Assert.Equal("/etc/ov/key", config.SecretKeyFile);
        Assert.Equal("/srv/c", config.ComponentsDirectory);
        Assert.Equal("/srv/b", config.BeanstalkdSecretFile);
        Assert.Equal(8, config.MaxWatchCommands);
        Assert.Equal(5, config.MaxAutoscaleLogs);
        Assert.Equal(TimeSpan.FromMinutes(1), config.AutoscaleLogsExpireTime);
        Assert.Equal(TimeSpan.FromHours(2), config.ExecutionTime);
    }

    [Theory]
    [InlineData("'::'")]
    [InlineData("0.0.0.0")]
    [InlineData("node-1.example.org")]
    [InlineData("'*'")]
    public void Parse_ListenAddressOrHost_IsAccepted(string listen)
    {
        Assert.Equal(listen.Trim('\''), ConfigTesting.Valid($"listen: {listen}\n").Listen);
    }

    [Fact]
    public void Parse_Polling_IsRead()
    {
        var polling = ConfigTesting.Valid(
            "polling:\n  adaptive:\n    poll_window: 60\n    max_idle_penalty: 3600\n  jail_stats: 20\n  heartbeat: 30\n"
            + "  skew: [0, 3]\n  keywords:\n    jail: [name, status]\n").Polling;

        Assert.Equal(TimeSpan.FromSeconds(60), polling.Adaptive.PollWindow);
        Assert.Equal(TimeSpan.FromSeconds(900), polling.Adaptive.MaxIdle);
        Assert.Equal(TimeSpan.FromHours(1), polling.Adaptive.MaxIdlePenalty);
        Assert.Equal(TimeSpan.FromSeconds(20), polling.JailStats);
        Assert.Equal(TimeSpan.FromSeconds(8), polling.JailInfo);
        Assert.Equal(TimeSpan.FromSeconds(30), polling.Heartbeat);
        Assert.Equal(new SkewRange(TimeSpan.Zero, TimeSpan.FromSeconds(3)), polling.Skew);
        Assert.Equal(["name", "status"], polling.Keywords.Jail);
        Assert.Equal(PollingKeywordCatalog.Valid["stats"], polling.Keywords.Stats);
    }

    [Fact]
    public void Parse_Memcache_IsAcceptedForCompatibility()
    {
        var memcache = ConfigTesting.Valid("memcache:\n  connections: [10.0.0.2, 10.0.0.3]\n  max_pool_size: 4\n  no_delay: false\n").Memcache;

        Assert.Equal(["10.0.0.2", "10.0.0.3"], memcache.Connections);
        Assert.Equal(4, memcache.MaxPoolSize);
        Assert.False(memcache.NoDelay);
        Assert.Equal(0, memcache.PoolIdleTimeout);
    }

    [Fact]
    public void Parse_DirectorAndAppJail_AreRead()
    {
        var config = ConfigTesting.Valid("director:\n  logs: /var/log/director\n  projects: /d/projects\n  locks: /d/locks\nappjail:\n  jails: /j\n");

        Assert.Equal("/var/log/director", config.Director.Logs);
        Assert.Equal("/d/projects", config.Director.Projects);
        Assert.Equal("/d/locks", config.Director.Locks);
        Assert.Equal("/j", config.AppJail.Jails);
        Assert.Equal("/var/log/appjail", config.AppJail.Logs);
        Assert.Equal("/usr/local/appjail/cache/images", config.AppJail.Images);
    }

    [Fact]
    public void Parse_SkyDnsAndEtcd_AreRead()
    {
        var config = ConfigTesting.Valid(
            "skydns:\n  zone: example.org.\netcd:\n  10.0.0.9:\n    port: 2380\n    protocol: https\n    ca_cert: /ca.pem\n"
            + "    cert_key: /key.pem\n    timeout: 5\n    api_path: /v3\n  etcd2.local:\n");

        Assert.Equal("/skydns", config.SkyDns.Path);
        Assert.Equal("example.org.", config.SkyDns.Zone);
        Assert.Equal(["10.0.0.9", "etcd2.local"], config.Etcd.Keys);
        var host = config.Etcd["10.0.0.9"];
        Assert.Equal((2380, "https", "/ca.pem", "/key.pem", TimeSpan.FromSeconds(5), "/v3"), (host.Port, host.Protocol, host.CaCert, host.CertKey, host.Timeout!.Value, host.ApiPath));
        Assert.Equal(new EtcdHostConfig(), config.Etcd["etcd2.local"]);
    }

    [Fact]
    public void Parse_Metadata_IsRead()
    {
        var metadata = ConfigTesting.Valid("metadata:\n  location: /m\n  size: 2048\n").Metadata;

        Assert.Equal(("/m", 2048L, "/home/op/.local/share/overlord/namespace"), (metadata.Location, metadata.Size, metadata.Namespaces));
    }

    [Fact]
    public void Parse_Autodisable_ReadsMaxIncreaseWithItsHyphen()
    {
        var autodisable = ConfigTesting.Valid("autodisable:\n  enabled: false\n  failures: 3\n  interval: 30\n  increase: 10\n  max-increase: 600\n  strict: false\n").Autodisable;

        Assert.Equal(
            new AutodisableConfig { Enabled = false, Failures = 3, Interval = TimeSpan.FromSeconds(30), Increase = TimeSpan.FromSeconds(10), MaxIncrease = TimeSpan.FromMinutes(10), Strict = false },
            autodisable);
    }

    [Fact]
    public void Parse_LogConfig_IsKeptAsATree()
    {
        var config = ConfigTesting.Valid("log_config:\n  version: 1\n  root:\n    level: INFO\n    handlers: [console]\n");

        Assert.Equal(1L, config.LogConfig!["version"]);
        var root = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(config.LogConfig["root"]);
        Assert.Equal(["console"], Assert.IsAssignableFrom<IEnumerable<object?>>(root["handlers"]));
    }

    [Fact]
    public void Parse_EnvironmentReferences_AreSubstitutedFromTheVariables()
    {
        var config = ConfigTesting.Valid("port: !ENV ${PORT}\nsecret_key: !ENV '${KEY}'\n", ConfigTesting.Variables(("PORT", "9090"), ("KEY", "k3y")));

        Assert.Equal(9090, config.Port);
        Assert.Equal("k3y", config.SecretKey!.Reveal());
    }

    [Fact]
    public void Parse_ReferenceWithoutEnvTag_StaysAsWritten()
    {
        // The original's pyaml_env substitutes !ENV scalars only (issue 10).
        var config = ConfigTesting.Valid("secret_key: ${KEY}\n", ConfigTesting.Variables(("KEY", "k3y")));

        Assert.Equal("${KEY}", config.SecretKey!.Reveal());
    }
}
