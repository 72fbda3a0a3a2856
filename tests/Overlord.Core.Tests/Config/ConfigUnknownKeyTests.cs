namespace Overlord.Core.Tests.Config;

/// <summary>A key that is not part of the format is an error with its full path and the keys allowed there.</summary>
public sealed class ConfigUnknownKeyTests
{
    [Fact]
    public void Parse_UnknownKeyInASection_NamesItsPathAndTheAllowedKeys()
    {
        Assert.Equal(
            "overlord.yml:2:3: tls.cert: unknown key; allowed keys here: certfile, keyfile, port",
            ConfigTesting.Error("tls:\n  cert: /c.pem\n"));
    }

    [Fact]
    public void Parse_UnknownKeyThreeLevelsDown_NamesTheFullPath()
    {
        Assert.Equal(
            "overlord.yml:6:7: chains.alpha.retry.attempts: unknown key; allowed keys here: backoff_factor, backoff_jitter, max_backoff_wait, respect_retry_after_header, total",
            ConfigTesting.Error("chains:\n  alpha:\n    entrypoint: http://a\n    access_token: t\n    retry:\n      attempts: 3\n"));
    }

    [Fact]
    public void Parse_UnknownKeyInAnEtcdHost_IsRefused()
    {
        Assert.Equal(
            "overlord.yml:3:5: etcd.localhost.user: unknown key; allowed keys here: api_path, ca_cert, cert_key, port, protocol, timeout",
            ConfigTesting.Error("etcd:\n  localhost:\n    user: root\n"));
    }

    [Fact]
    public void Parse_MisspelledValidatorKeysOfTheOriginal_AreUnknown()
    {
        var errors = ConfigTesting.Errors("max_autoscale_log: 3\nautodisable:\n  max_increase: 10\n");

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("overlord.yml:1:1: max_autoscale_log: unknown key;", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("overlord.yml:3:3: autodisable.max_increase: unknown key; allowed keys here: enabled, failures, increase, interval, max-increase, strict", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownPollingKeywordGroup_IsRefused()
    {
        Assert.StartsWith(
            "overlord.yml:3:5: polling.keywords.cpuset: unknown key; allowed keys here: devfs, expose, fstab,",
            ConfigTesting.Error("polling:\n  keywords:\n    cpuset: [x]\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownKeysInTheAgent_AreRefusedAtEachDepth()
    {
        var errors = ConfigTesting.Errors(
            "agent:\n  repository: /srv/repo.git\n  branches: [main]\n  webhooks:\n    github:\n      token: x\n    bitbucket:\n      secret: y\n");

        Assert.Equal(
            [
                "overlord.yml:3:3: agent.branches: unknown key; allowed keys here: branch, commit_status, env_files, identity, interval, notes_ref, paths, prune, push_notes, repository, self_heal, verify, webhooks",
                "overlord.yml:6:7: agent.webhooks.github.secret: is required but missing",
                "overlord.yml:6:7: agent.webhooks.github.token: unknown key; allowed keys here: secret",
                "overlord.yml:7:5: agent.webhooks.bitbucket: unknown key; allowed keys here: gitea, github, gitlab",
            ],
            errors);
    }
}
