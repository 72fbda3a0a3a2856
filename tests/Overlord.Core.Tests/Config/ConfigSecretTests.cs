using Overlord.Core.Config;

namespace Overlord.Core.Tests.Config;

/// <summary>Tokens, passwords and keys never appear in printed output, unlike the original's print-config.</summary>
public sealed class ConfigSecretTests
{
    private const string WithEverySecret =
        "secret_key: S3CRET-KEY\n"
        + "chains:\n  alpha:\n    entrypoint: http://a\n    access_token: S3CRET-TOKEN\n"
        + "dataplaneapi:\n  entrypoint: http://d\n  auth:\n    username: admin\n    password: S3CRET-DPA\n"
        + "haproxy_stats:\n  entrypoint: http://h\n  auth:\n    username: admin\n    password: S3CRET-STATS\n"
        + "agent:\n  repository: /srv/repo.git\n  webhooks:\n    github:\n      secret: S3CRET-GH\n    gitea:\n      secret: S3CRET-GT\n"
        + "    gitlab:\n      token: S3CRET-GL\n  commit_status:\n    provider: github\n    token: S3CRET-STATUS\n";

    [Fact]
    public void ToJson_MasksEverySecret()
    {
        var json = ConfigPrinter.ToJson(ConfigTesting.Valid(WithEverySecret));

        Assert.DoesNotContain("S3CRET", json, StringComparison.Ordinal);
        Assert.Equal(8, CountOf(json, "\"***\""));
    }

    [Fact]
    public void ToYaml_MasksEverySecret()
    {
        var yaml = ConfigPrinter.ToYaml(ConfigTesting.Valid(WithEverySecret));

        Assert.DoesNotContain("S3CRET", yaml, StringComparison.Ordinal);
        Assert.Equal(8, CountOf(yaml, "'***'"));
    }

    [Fact]
    public void ToString_OfTheRecords_NeverShowsASecret()
    {
        var config = ConfigTesting.Valid(WithEverySecret);

        var texts = new object[] { config, config.Chains["alpha"], config.DataPlaneApi!, config.HaproxyStats!, config.Agent!, config.Agent!.Webhooks, config.Agent.CommitStatus! }
            .Select(r => r.ToString()!);

        Assert.All(texts, text => Assert.DoesNotContain("S3CRET", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Secrets_StillHoldTheirValuesForTheCodeThatUsesThem()
    {
        var config = ConfigTesting.Valid(WithEverySecret);

        Assert.Equal("S3CRET-TOKEN", config.Chains["alpha"].AccessToken.Reveal());
        Assert.Equal("S3CRET-GL", config.Agent!.Webhooks.GitLabToken!.Reveal());
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
