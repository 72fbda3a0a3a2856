using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

/// <summary>
/// <c>overlord print-config</c>: the config as a tree with the original's key names and every default filled in.
/// Unlike the original, tokens, passwords and keys print as <c>***</c> (reference 13.7), and so do passwords
/// inside URLs.
/// </summary>
public static partial class ConfigPrinter
{
    /// <summary>What a secret prints as.</summary>
    public const string Masked = "***";

    // Own options, not OverlordJsonContext: Core sits below Client and cannot reference it.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 4,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The config as JSON, indented by 4 as the original printed it.</summary>
    public static string ToJson(OverlordConfig config) => ToTree(config).ToJsonString(Indented);

    /// <summary>The config as YAML that <c>overlord.yml</c> could hold (secrets aside).</summary>
    public static string ToYaml(OverlordConfig config) => YamlTreeWriter.Write(ToTree(config));

    /// <summary>
    /// The config as a JSON tree, in the original's key order; this Overlord's own keys first, the agent last.
    /// A password inside any URL (a chain's entrypoint, the agent's repository, a log sink) prints as
    /// <c>user:***@</c> (issue 11.7).
    /// </summary>
    public static JsonObject ToTree(OverlordConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var tree = new JsonObject
        {
            ["runtime"] = config.Runtime == RuntimeKind.AppJail ? "appjail" : "process",
            ["data_dir"] = config.DataDirectory,
            ["listen"] = config.Listen,
            ["tree_timeout"] = Seconds(config.TreeTimeout),
            ["serverid"] = config.ServerIdFile,
            ["port"] = config.Port,
            ["tls"] = new JsonObject { ["keyfile"] = config.Tls.KeyFile, ["certfile"] = config.Tls.CertFile, ["port"] = config.Tls.Port },
            ["debug"] = config.Debug,
            ["compress_response"] = config.CompressResponse,
            ["polling"] = Polling(config.Polling),
            ["memcache"] = Memcache(config.Memcache),
            ["secret_key"] = Mask(config.SecretKey),
            ["secret_keyfile"] = config.SecretKeyFile,
            ["log_config"] = config.LogConfig is null ? null : Plain(config.LogConfig),
            ["chains"] = Map(config.Chains, Chain),
            ["labels"] = Strings(config.Labels),
            ["director"] = new JsonObject { ["logs"] = config.Director.Logs, ["projects"] = config.Director.Projects, ["locks"] = config.Director.Locks },
            ["appjail"] = new JsonObject { ["jails"] = config.AppJail.Jails, ["logs"] = config.AppJail.Logs, ["images"] = config.AppJail.Images },
            ["beanstalkd_addr"] = config.BeanstalkdAddress.ToString(),
            ["beanstalkd_secret"] = config.BeanstalkdSecretFile,
            ["execution_time"] = Seconds(config.ExecutionTime),
            ["stop_grace"] = Seconds(config.StopGrace),
            ["dataplaneapi"] = HaproxyApi(config.DataPlaneApi),
            ["haproxy_stats"] = HaproxyApi(config.HaproxyStats),
            ["skydns"] = new JsonObject { ["path"] = config.SkyDns.Path, ["zone"] = config.SkyDns.Zone },
            ["etcd"] = Map(config.Etcd, Etcd),
            ["max_watch_commands"] = config.MaxWatchCommands,
            ["metadata"] = new JsonObject { ["location"] = config.Metadata.Location, ["size"] = config.Metadata.Size, ["namespaces"] = config.Metadata.Namespaces },
            ["components"] = config.ComponentsDirectory,
            ["autodisable"] = Autodisable(config.Autodisable),
            ["max_autoscale_logs"] = config.MaxAutoscaleLogs,
            ["autoscale_logs_expire_time"] = Seconds(config.AutoscaleLogsExpireTime),
            ["agent"] = config.Agent is null ? null : Agent(config.Agent),
        };
        RedactUrls(tree);
        return tree;
    }

    // Every string of the tree: a URL can sit in a field that is not one (log_config's sinks, say).
    private static void RedactUrls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject mapping:
                foreach (var (key, value) in mapping.ToList())
                {
                    if (value is JsonValue text && text.TryGetValue<string>(out var url))
                    {
                        mapping[key] = UrlCredentials.Redact(url);
                    }
                    else
                    {
                        RedactUrls(value);
                    }
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is JsonValue text && text.TryGetValue<string>(out var url))
                    {
                        list[i] = UrlCredentials.Redact(url);
                    }
                    else
                    {
                        RedactUrls(list[i]);
                    }
                }

                break;
        }
    }

    private static JsonNode? Mask(Secret? secret) => secret is null ? null : Masked;

    private static JsonNode? Seconds(TimeSpan? time) => time switch
    {
        null => null,
        { } t when t.Ticks % TimeSpan.TicksPerSecond == 0 => (long)t.TotalSeconds,
        { } t => t.TotalSeconds,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static JsonObject Map<T>(IReadOnlyDictionary<string, T> entries, Func<T, JsonNode?> convert)
    {
        var result = new JsonObject();
        foreach (var (key, value) in entries)
        {
            result[key] = convert(value);
        }

        return result;
    }

    private static JsonNode? Plain(object? value) => value switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> mapping => Map(mapping, Plain),
        IEnumerable<object?> list => new JsonArray(list.Select(Plain).ToArray()),
        string text => text,
        bool flag => flag,
        long integer => integer,
        double number when double.IsFinite(number) => number,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
