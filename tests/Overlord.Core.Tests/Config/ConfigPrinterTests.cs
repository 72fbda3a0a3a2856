using System.Text.Json.Nodes;
using Overlord.Core.Config;

namespace Overlord.Core.Tests.Config;

public sealed class ConfigPrinterTests
{
    [Fact]
    public void ToJson_IndentsByFourWithTheOriginalsKeyNames()
    {
        var json = ConfigPrinter.ToJson(ConfigTesting.Valid(""));

        Assert.Contains("\n    \"serverid\": \"/home/op/.local/share/overlord/serverid\",\n", json, StringComparison.Ordinal);
        Assert.Contains("\n        \"max-increase\": 1800,\n", json, StringComparison.Ordinal);
        Assert.Contains("\n    \"beanstalkd_addr\": \"127.0.0.1:11300\",\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToTree_HasEveryTopLevelKey_InTheOriginalsOrderAfterOurs()
    {
        var tree = ConfigPrinter.ToTree(ConfigTesting.Valid(""));

        Assert.Equal(
            [
                "runtime", "data_dir", "listen", "tree_timeout", "serverid", "port", "tls", "debug", "compress_response", "polling", "memcache",
                "secret_key", "secret_keyfile", "log_config", "chains", "labels", "director", "appjail", "beanstalkd_addr",
                "beanstalkd_secret", "execution_time", "stop_grace", "dataplaneapi", "haproxy_stats", "skydns", "etcd", "max_watch_commands",
                "metadata", "components", "autodisable", "max_autoscale_logs", "autoscale_logs_expire_time", "agent",
            ],
            tree.Select(p => p.Key));
    }

    [Fact]
    public void ToTree_FillsDefaultsOfNestedSections()
    {
        var tree = ConfigPrinter.ToTree(ConfigTesting.Valid("agent:\n  repository: /r\n"));

        Assert.Equal(6, tree["polling"]!["skew"]![0]!.GetValue<long>());
        Assert.Equal(2379, tree["etcd"]!["localhost"]!["port"]!.GetValue<int>());
        Assert.Equal("refs/notes/overlord", tree["agent"]!["notes_ref"]!.GetValue<string>());
        Assert.Null(tree["agent"]!["webhooks"]!["github"]);
    }

    [Fact]
    public void ToTree_NoLimit_PrintsNull()
    {
        var tree = ConfigPrinter.ToTree(ConfigTesting.Valid("execution_time: null\n"));

        Assert.True(tree.ContainsKey("execution_time"));
        Assert.Null(tree["execution_time"]);
    }

    [Fact]
    public void ToYaml_ReadsBackAsTheSameConfig()
    {
        var config = ConfigTesting.Valid(
            "labels: [web, zone.eu]\nlisten: '::'\nchains:\n  alpha:\n    entrypoint: http://a\n    access_token: t\n"
            + "log_config:\n  a: 'yes'\n  b: '123'\n  c: '~'\n  d: ' lead'\n  e: 'x: y'\n  f: '#c'\n  g: [1, 2.5, true, null]\n  h: {}\n"
            + "agent:\n  repository: /srv/specs.git\n  paths: ['*.yml']\n");

        var again = ConfigTesting.Valid(ConfigPrinter.ToYaml(config));

        Assert.Equal(ConfigPrinter.ToJson(config), ConfigPrinter.ToJson(again));
    }

    [Fact]
    public void ToYaml_QuotesStringsThatYamlWouldReadAsOtherTypes()
    {
        var yaml = ConfigPrinter.ToYaml(ConfigTesting.Valid("log_config:\n  on: 'on'\n  port: '80'\n"));

        Assert.Contains("\n  \"on\": \"on\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  port: \"80\"\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_IsValidJson()
    {
        var json = ConfigPrinter.ToJson(ConfigTesting.Valid("log_config:\n  f: .inf\n"));

        Assert.Equal("Infinity", JsonNode.Parse(json)!["log_config"]!["f"]!.GetValue<string>());
    }
}
