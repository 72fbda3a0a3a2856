namespace Overlord.Core.Tests.Config;

/// <summary>Each rule of <c>overlord.yml</c> refuses a bad value at its exact position and path.</summary>
public sealed class ConfigRuleTests
{
    [Theory]
    [InlineData("port: 0\n", "overlord.yml:1:7: port: 0 is out of range; it must be between 1 and 65535")]
    [InlineData("port: 65536\n", "overlord.yml:1:7: port: 65536 is out of range; it must be between 1 and 65535")]
    [InlineData("port: http\n", "overlord.yml:1:7: port: expected an integer, got the string 'http'")]
    [InlineData("tls:\n  port: 70000\n", "overlord.yml:2:9: tls.port: 70000 is out of range; it must be between 1 and 65535")]
    [InlineData("debug: maybe\n", "overlord.yml:1:8: debug: expected true or false, got the string 'maybe'")]
    [InlineData("compress_response: 1\n", "overlord.yml:1:20: compress_response: expected true or false, got the integer 1")]
    [InlineData("max_watch_commands: 0\n", "overlord.yml:1:21: max_watch_commands: 0 is out of range; it must be between 1 and 2147483647")]
    [InlineData("metadata:\n  size: 1023\n", "overlord.yml:2:9: metadata.size: 1023 is out of range; it must be at least 1024")]
    [InlineData("max_autoscale_logs: 0\n", "overlord.yml:1:21: max_autoscale_logs: 0 is out of range; it must be between 1 and 2147483647")]
    [InlineData("autoscale_logs_expire_time: 0\n", "overlord.yml:1:29: autoscale_logs_expire_time: 0 is out of range; it must be between 1 and 2147483647")]
    [InlineData("execution_time: 0\n", "overlord.yml:1:17: execution_time: 0 is out of range; it must be between 1 and 2147483647")]
    [InlineData("autodisable:\n  max-increase: 0\n", "overlord.yml:2:17: autodisable.max-increase: 0 is out of range; it must be between 1 and 2147483647")]
    [InlineData("autodisable:\n  strict: 3\n", "overlord.yml:2:11: autodisable.strict: expected true or false, got the integer 3")]
    [InlineData("polling:\n  adaptive:\n    max_idle_penalty: 0\n", "overlord.yml:3:23: polling.adaptive.max_idle_penalty: 0 is out of range; it must be between 1 and 2147483647")]
    [InlineData("polling:\n  jails: -1\n", "overlord.yml:2:10: polling.jails: -1 is out of range; it must be between 0 and 2147483647")]
    [InlineData("memcache:\n  pool_idle_timeout: -1\n", "overlord.yml:2:22: memcache.pool_idle_timeout: -1 is out of range; it must be between 0 and 2147483647")]
    [InlineData("runtime: docker\n", "overlord.yml:1:10: runtime: 'docker' is not a runtime; use appjail or process")]
    [InlineData("listen: 'not an address'\n", "overlord.yml:1:9: listen: 'not an address' is not an IP address or a host name; use * for every address")]
    [InlineData("secret_key: ''\n", "overlord.yml:1:13: secret_key: must not be empty (an unset ${VARIABLE} gives an empty value)")]
    [InlineData("serverid: [a]\n", "overlord.yml:1:11: serverid: expected a string, got a list")]
    [InlineData("log_config: text\n", "overlord.yml:1:13: log_config: expected a mapping (key: value lines), got the string 'text'")]
    [InlineData("- a\n- b\n", "overlord.yml:1:1: expected a mapping (key: value lines), got a list")]
    public void Parse_BadValue_IsRefusedAtItsPosition(string yaml, string expected)
    {
        Assert.Equal(expected, ConfigTesting.Error(yaml));
    }

    [Fact]
    public void Parse_KeyFileWithoutCertFile_NamesTheMissingOneAtTheGivenOne()
    {
        var error = ConfigTesting.Error("tls:\n  keyfile: /k.pem\n");

        Assert.Equal("overlord.yml:2:3: tls.certfile: is required with tls.keyfile: HTTPS needs both the key and the certificate (give both or neither)", error);
    }

    [Fact]
    public void Parse_BothTlsFiles_EnableHttps()
    {
        var config = ConfigTesting.Valid("tls:\n  keyfile: /k.pem\n  certfile: /c.pem\n  port: 8443\n");

        Assert.True(config.Tls.Enabled);
        Assert.Equal(8443, config.Tls.Port);
    }

    [Theory]
    [InlineData("polling:\n  skew: [10, 6]\n", "overlord.yml:2:9: polling.skew: the first number (10) is greater than the second (6); write [min, max]")]
    [InlineData("polling:\n  skew: [1, 2, 3]\n", "overlord.yml:2:9: polling.skew: expected two numbers of seconds, [min, max], got 3 item(s)")]
    [InlineData("polling:\n  skew: [-1, 2]\n", "overlord.yml:2:10: polling.skew[0]: -1 is out of range; it must be between 0 and 2147483647")]
    public void Parse_BadSkew_IsRefused(string yaml, string expected)
    {
        Assert.Equal(expected, ConfigTesting.Error(yaml));
    }

    [Fact]
    public void Parse_UnknownPollingKeyword_NamesTheItemAndTheAllowedOnes()
    {
        var error = ConfigTesting.Error("polling:\n  keywords:\n    nat: [rule, bogus]\n");

        Assert.Equal("overlord.yml:3:17: polling.keywords.nat[1]: 'bogus' is not a keyword of this group; allowed: rule", error);
    }

    [Theory]
    [InlineData("labels: []\n", "overlord.yml:1:9: labels: must hold at least one label (leave it out for the default, [all])")]
    [InlineData("labels: [web, Db]\n", "overlord.yml:1:15: labels[1]: 'Db' is not valid; a label is parts of lowercase letters and digits, each starting with a letter, joined by '.' or '-' (web2, db-eu, zone.eu)")]
    [InlineData("labels: [web, a..b]\n", "overlord.yml:1:15: labels[1]: 'a..b' is not valid; a label is parts of lowercase letters and digits, each starting with a letter, joined by '.' or '-' (web2, db-eu, zone.eu)")]
    [InlineData("labels: [web, db-1]\n", "overlord.yml:1:15: labels[1]: 'db-1' is not valid; a label is parts of lowercase letters and digits, each starting with a letter, joined by '.' or '-' (web2, db-eu, zone.eu)")]
    public void Parse_BadLabels_AreRefused(string yaml, string expected)
    {
        Assert.Equal(expected, ConfigTesting.Error(yaml));
    }

    [Fact]
    public void Parse_LabelsWithDotsAndHyphens_AreAccepted()
    {
        Assert.Equal(["web2", "db-eu", "zone.eu"], ConfigTesting.Valid("labels: [web2, db-eu, zone.eu]\n").Labels);
    }

    [Fact]
    public void Parse_LongNearMissLabel_IsRefusedQuickly()
    {
        // The original's pattern backtracks exponentially on this; ours must not hang.
        var label = new string('a', 5000) + "!";

        Assert.Contains("labels[0]", ConfigTesting.Error($"labels: ['{label}']\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beanstalkd_addr: localhost\n", "overlord.yml:1:18: beanstalkd_addr: 'localhost' has no port; write host:port (beanstalkd listens on 11300) or unix:/path")]
    [InlineData("beanstalkd_addr: 'host:port'\n", "overlord.yml:1:18: beanstalkd_addr: 'port' is not a port; it must be a number between 1 and 65535")]
    [InlineData("beanstalkd_addr: '::1:11300'\n", "overlord.yml:1:18: beanstalkd_addr: '::1:11300': put an IPv6 address in brackets, e.g. [::1]:11300")]
    [InlineData("beanstalkd_addr: 'unix:'\n", "overlord.yml:1:18: beanstalkd_addr: 'unix:' must be followed by the socket's path, e.g. unix:/var/run/beanstalkd.sock")]
    public void Parse_BadBeanstalkdAddress_IsAClearError(string yaml, string expected)
    {
        Assert.Equal(expected, ConfigTesting.Error(yaml));
    }

    [Theory]
    [InlineData("10.0.0.5:11301", "10.0.0.5:11301")]
    [InlineData("[::1]:11300", "[::1]:11300")]
    [InlineData("unix:/var/run/beanstalkd.sock", "unix:/var/run/beanstalkd.sock")]
    public void Parse_GoodBeanstalkdAddress_IsKept(string written, string expected)
    {
        Assert.Equal(expected, ConfigTesting.Valid($"beanstalkd_addr: '{written}'\n").BeanstalkdAddress.ToString());
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneInFileOrder()
    {
        var errors = ConfigTesting.Errors("port: 0\nlabels: [Bad]\nmetadata:\n  size: 1\nbogus: 1\n");

        Assert.Equal(
            [
                "overlord.yml:1:7: port: 0 is out of range; it must be between 1 and 65535",
                "overlord.yml:2:10: labels[0]: 'Bad' is not valid; " + "a label is parts of lowercase letters and digits, each starting with a letter, joined by '.' or '-' (web2, db-eu, zone.eu)",
                "overlord.yml:4:9: metadata.size: 1 is out of range; it must be at least 1024",
                "overlord.yml:5:1: bogus: unknown key; allowed keys here: " + RootKeys,
            ],
            errors);
    }

    private const string RootKeys = "agent, appjail, autodisable, autoscale_logs_expire_time, beanstalkd_addr, beanstalkd_secret, chains, "
        + "components, compress_response, data_dir, dataplaneapi, debug, director, etcd, execution_time, haproxy_stats, labels, "
        + "listen, log_config, max_autoscale_logs, max_watch_commands, memcache, metadata, polling, port, runtime, secret_key, "
        + "secret_keyfile, serverid, skydns, stop_grace, tls, tree_timeout";
}
