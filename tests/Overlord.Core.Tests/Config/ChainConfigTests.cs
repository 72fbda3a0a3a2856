using Overlord.Core.Config;

namespace Overlord.Core.Tests.Config;

public sealed class ChainConfigTests
{
    private const string Minimal = "chains:\n  alpha:\n    entrypoint: http://10.0.0.2:8888\n    access_token: tok\n";

    [Fact]
    public void Parse_MinimalChain_GetsTheOriginalsClientDefaults()
    {
        var chain = ConfigTesting.Valid(Minimal).Chains["alpha"];

        Assert.Equal("http://10.0.0.2:8888", chain.Entrypoint);
        Assert.Equal("tok", chain.AccessToken.Reveal());
        Assert.Equal(HttpClientSettings.ChainDefaults, chain.Http);
        Assert.Equal(new RetryPolicyConfig(), chain.Retry);
        Assert.False(chain.Disable);
    }

    [Fact]
    public void Parse_ChainSettings_AreRead()
    {
        var chain = ConfigTesting.Valid(Minimal
            + "    timeout: 30\n    read_timeout: -1\n    connect_timeout: 0\n    max_connections: 10\n    keepalive_expiry: 5\n"
            + "    disable: true\n    cacert: /ca.pem\n    retry:\n      total: 2\n      max_backoff_wait: 1.5\n      backoff_factor: 1\n"
            + "      respect_retry_after_header: false\n      backoff_jitter: 0\n").Chains["alpha"];

        Assert.Equal(TimeSpan.FromSeconds(30), chain.Http.Timeout);
        Assert.Null(chain.Http.ReadTimeout);
        Assert.Null(chain.Http.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), chain.Http.WriteTimeout);
        Assert.Equal(10, chain.Http.MaxConnections);
        Assert.Equal(TimeSpan.FromSeconds(5), chain.Http.KeepaliveExpiry);
        Assert.True(chain.Disable);
        Assert.Equal("/ca.pem", chain.Http.CaCert);
        Assert.Equal(
            new RetryPolicyConfig { Total = 2, MaxBackoffWait = TimeSpan.FromSeconds(1.5), BackoffFactor = 1, RespectRetryAfterHeader = false, BackoffJitter = 0 },
            chain.Retry);
    }

    [Fact]
    public void Parse_ChainsInFileOrder_KeepThatOrder()
    {
        var config = ConfigTesting.Valid(Minimal + "  beta_1:\n    entrypoint: https://b\n    access_token: t\n  _c-2:\n    entrypoint: http://c\n    access_token: t\n");

        Assert.Equal(["alpha", "beta_1", "_c-2"], config.Chains.Keys);
    }

    [Fact]
    public void Parse_ChainWithoutEntrypointAndToken_ReportsBoth()
    {
        var errors = ConfigTesting.Errors("chains:\n  alpha:\n    disable: true\n");

        Assert.Equal(
            ["overlord.yml:3:5: chains.alpha.entrypoint: is required but missing", "overlord.yml:3:5: chains.alpha.access_token: is required but missing"],
            errors);
    }

    [Theory]
    [InlineData("  -bad:\n    entrypoint: http://a\n    access_token: t\n", "overlord.yml:2:3: chains.-bad: '-bad' is not a valid chain name; a chain name starts with a letter, a digit or '_' and holds only letters, digits, '_' and '-'")]
    [InlineData("  a:\n    entrypoint: ftp://a\n    access_token: t\n", "overlord.yml:3:17: chains.a.entrypoint: 'ftp://a' is not an http or https URL (http://host:port)")]
    [InlineData("  a:\n    entrypoint: http://a\n    access_token: ''\n", "overlord.yml:4:19: chains.a.access_token: must not be empty (an unset ${VARIABLE} gives an empty value)")]
    [InlineData("  a:\n", "overlord.yml:2:3: chains.a: is empty; a chain needs at least entrypoint and access_token")]
    [InlineData("  a:\n    entrypoint: http://a\n    access_token: t\n    retry:\n      backoff_factor: -0.5\n", "overlord.yml:6:23: chains.a.retry.backoff_factor: -0.5 is out of range; it must be a finite number of at least 0")]
    [InlineData("  a:\n    entrypoint: http://a\n    access_token: t\n    max_connections: 0\n", "overlord.yml:5:22: chains.a.max_connections: 0 is out of range; it must be between 1 and 2147483647")]
    public void Parse_BadChain_IsRefused(string chains, string expected)
    {
        Assert.Equal(expected, ConfigTesting.Error("chains:\n" + chains));
    }

    [Fact]
    public void Parse_DataPlaneApi_IsReadWithItsOwnDefaults()
    {
        var api = ConfigTesting.Valid("dataplaneapi:\n  entrypoint: http://127.0.0.1:5555\n  auth:\n    username: admin\n    password: pw\n  read_timeout: 5\n").DataPlaneApi!;

        Assert.Equal(("http://127.0.0.1:5555", "admin", "pw"), (api.Entrypoint, api.Username, api.Password.Reveal()));
        Assert.Equal(TimeSpan.FromSeconds(5), api.Http.ReadTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), api.Http.WriteTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), api.Http.ConnectTimeout);
    }

    [Fact]
    public void Parse_HaproxyStatsWithoutAuth_IsRefused()
    {
        Assert.Equal(
            "overlord.yml:2:3: haproxy_stats.auth: is required but missing",
            ConfigTesting.Error("haproxy_stats:\n  entrypoint: http://127.0.0.1:8404/stats\n"));
    }

    [Fact]
    public void Parse_HaproxyStatsAuthWithoutPassword_NamesThePassword()
    {
        Assert.Equal(
            "overlord.yml:4:5: haproxy_stats.auth.password: is required but missing",
            ConfigTesting.Error("haproxy_stats:\n  entrypoint: http://h/stats\n  auth:\n    username: u\n"));
    }
}
