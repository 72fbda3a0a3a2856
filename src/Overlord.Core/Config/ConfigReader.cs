using Overlord.Core.Diagnostics;
using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

/// <summary>
/// Turns the YAML tree of an <c>overlord.yml</c> into an <see cref="OverlordConfig"/>, reporting every
/// problem (wrong type, out of range, unknown key) with its path, and filling every default.
/// </summary>
internal sealed partial class ConfigReader
{
    private static readonly Dictionary<string, RuntimeKind> Runtimes = new(StringComparer.Ordinal)
    {
        ["appjail"] = RuntimeKind.AppJail,
        ["process"] = RuntimeKind.Process,
    };

    private readonly DiagnosticBag _bag;
    private readonly ConfigHost _host;

    public ConfigReader(DiagnosticBag bag, ConfigHost host)
    {
        _bag = bag;
        _host = host;
    }

    /// <summary>The config of a node without a file (or with an empty one).</summary>
    public OverlordConfig Defaults() => Read(new YamlMappingNode(new Mark(1, 1), null, [], 1));

    public OverlordConfig Read(YamlNode? root)
    {
        if (root is null)
        {
            return Defaults();
        }

        if (NodeValues.Mapping(root, "", _bag) is not { } reader)
        {
            return Defaults();
        }

        var dataDirectory = ConfigValues.Text(reader, "data_dir") ?? _host.DefaultDataDirectory;
        string InData(string name) => Path.Combine(dataDirectory, name);
        var config = new OverlordConfig
        {
            Runtime = ConfigValues.Choice(reader, "runtime", Runtimes, "a runtime") ?? _host.DefaultRuntime,
            DataDirectory = dataDirectory,
            Listen = ReadListen(reader),
            ServerIdFile = ConfigValues.Text(reader, "serverid") ?? InData("serverid"),
            Port = ConfigValues.Int(reader, "port", 1, 65535) ?? 8888,
            Tls = ReadTls(reader),
            TreeTimeout = ConfigValues.Int(reader, "tree_timeout", 1, 600) is { } treeTimeout ? TimeSpan.FromSeconds(treeTimeout) : OverlordConfig.DefaultTreeTimeout,
            Debug = reader.Boolean("debug") ?? false,
            CompressResponse = reader.Boolean("compress_response") ?? true,
            Polling = ReadPolling(reader),
            Memcache = ReadMemcache(reader),
            SecretKey = ConfigValues.Secret(reader, "secret_key"),
            SecretKeyFile = ConfigValues.Text(reader, "secret_keyfile") ?? InData("keyfile"),
            LogConfig = ReadLogConfig(reader),
            Chains = ReadChains(reader),
            Labels = ReadLabels(reader),
            Director = ReadDirector(reader),
            AppJail = ReadAppJail(reader),
            BeanstalkdAddress = ReadBeanstalkdAddress(reader),
            BeanstalkdSecretFile = ConfigValues.Text(reader, "beanstalkd_secret") ?? InData("beanstalkd_secret"),
            ExecutionTime = ReadExecutionTime(reader),
            StopGrace = ConfigValues.Seconds(reader, "stop_grace", 0) ?? TimeSpan.FromSeconds(120),
            DataPlaneApi = ReadHaproxyApi(reader, HaproxyApiConfig.DataPlaneApiSectionName),
            HaproxyStats = ReadHaproxyApi(reader, HaproxyApiConfig.HaproxyStatsSectionName),
            SkyDns = ReadSkyDns(reader),
            Etcd = ReadEtcd(reader),
            MaxWatchCommands = ConfigValues.Int(reader, "max_watch_commands", 1) ?? _host.ProcessorCount,
            Metadata = ReadMetadata(reader, dataDirectory),
            ComponentsDirectory = ConfigValues.Text(reader, "components") ?? InData("components"),
            Autodisable = ReadAutodisable(reader),
            MaxAutoscaleLogs = ConfigValues.Int(reader, "max_autoscale_logs", 1) ?? 30,
            AutoscaleLogsExpireTime = ConfigValues.Seconds(reader, "autoscale_logs_expire_time", 1) ?? TimeSpan.FromSeconds(600),
            Agent = ReadAgent(reader),
        };
        reader.RejectUnknownKeys();
        return config;
    }
}
