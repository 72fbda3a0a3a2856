using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

internal sealed partial class ConfigReader
{
    private string ReadListen(MappingReader reader)
    {
        var value = ConfigValues.Text(reader, "listen");
        if (value is null || value == OverlordConfig.AnyAddress || NetworkNames.IsHostOrAddress(value))
        {
            return value ?? OverlordConfig.AnyAddress;
        }

        _bag.Error(reader.Node["listen"]!, "listen", $"'{YamlScalarNode.Shorten(value)}' is not an IP address or a host name; use * for every address");
        return OverlordConfig.AnyAddress;
    }

    private TlsConfig ReadTls(MappingReader root)
    {
        if (root.Mapping(TlsConfig.SectionName) is not { } reader)
        {
            return new TlsConfig();
        }

        var tls = new TlsConfig
        {
            Port = ConfigValues.Int(reader, "port", 1, 65535) ?? 9331,
            KeyFile = ConfigValues.Text(reader, "keyfile"),
            CertFile = ConfigValues.Text(reader, "certfile"),
        };
        if (reader.Has("keyfile") != reader.Has("certfile"))
        {
            var (given, missing) = reader.Has("keyfile") ? ("keyfile", "certfile") : ("certfile", "keyfile");
            _bag.Error(reader.Node.KeyNode(given)!, reader.ChildPath(missing), $"is required with tls.{given}: HTTPS needs both the key and the certificate (give both or neither)");
        }

        reader.RejectUnknownKeys();
        return tls;
    }

    private List<string> ReadLabels(MappingReader reader)
    {
        var labels = reader.StringList("labels", pattern: ConfigPatterns.Label(), allowed: ConfigPatterns.LabelRule);
        if (labels is null)
        {
            return ["all"];
        }

        if (reader.Node["labels"] is YamlSequenceNode { Items.Count: 0 } empty)
        {
            _bag.Error(empty, "labels", "must hold at least one label (leave it out for the default, [all])");
        }

        return labels.Count > 0 ? labels : ["all"];
    }

    private static TimeSpan? ReadExecutionTime(MappingReader reader)
    {
        if (!reader.Has("execution_time"))
        {
            // Written as null, it means no limit; left out, the original's three hours.
            var writtenNull = reader.Node.ContainsKey("execution_time");
            reader.Take("execution_time");
            return writtenNull ? null : TimeSpan.FromSeconds(10800);
        }

        return ConfigValues.Seconds(reader, "execution_time", 1) ?? TimeSpan.FromSeconds(10800);
    }

    private BeanstalkdAddress ReadBeanstalkdAddress(MappingReader reader)
    {
        if (ConfigValues.Text(reader, "beanstalkd_addr") is not { } text)
        {
            return BeanstalkdAddress.Default;
        }

        if (BeanstalkdAddress.Parse(text, out var problem) is { } address)
        {
            return address;
        }

        _bag.Error(reader.Node["beanstalkd_addr"]!, "beanstalkd_addr", problem);
        return BeanstalkdAddress.Default;
    }

    private static IReadOnlyDictionary<string, object?>? ReadLogConfig(MappingReader reader) =>
        reader.Mapping("log_config") is { } mapping ? PlainTree.FromMapping(mapping.Node) : null;
}
