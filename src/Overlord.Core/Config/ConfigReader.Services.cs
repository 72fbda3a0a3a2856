using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

internal sealed partial class ConfigReader
{
    private DirectorConfig ReadDirector(MappingReader root)
    {
        var defaults = new DirectorConfig
        {
            Logs = Path.Combine(_host.HomeDirectory, ".director", "logs"),
            Projects = Path.Combine(_host.HomeDirectory, ".director", "projects"),
            Locks = DirectorConfig.DefaultLocks(_host),
        };
        if (root.Mapping(DirectorConfig.SectionName) is not { } reader)
        {
            return defaults;
        }

        var director = new DirectorConfig
        {
            Logs = ConfigValues.Text(reader, "logs") ?? defaults.Logs,
            Projects = ConfigValues.Text(reader, "projects") ?? defaults.Projects,
            Locks = ConfigValues.Text(reader, "locks") ?? defaults.Locks,
        };
        reader.RejectUnknownKeys();
        return director;
    }

    private static AppJailConfig ReadAppJail(MappingReader root)
    {
        var defaults = new AppJailConfig();
        if (root.Mapping(AppJailConfig.SectionName) is not { } reader)
        {
            return defaults;
        }

        var appJail = new AppJailConfig
        {
            Logs = ConfigValues.Text(reader, "logs") ?? defaults.Logs,
            Images = ConfigValues.Text(reader, "images") ?? defaults.Images,
            Jails = ConfigValues.Text(reader, "jails") ?? defaults.Jails,
        };
        reader.RejectUnknownKeys();
        return appJail;
    }

    private static SkyDnsConfig ReadSkyDns(MappingReader root)
    {
        var defaults = new SkyDnsConfig();
        if (root.Mapping(SkyDnsConfig.SectionName) is not { } reader)
        {
            return defaults;
        }

        var skyDns = new SkyDnsConfig
        {
            Path = ConfigValues.Text(reader, "path") ?? defaults.Path,
            Zone = ConfigValues.Text(reader, "zone") ?? defaults.Zone,
        };
        reader.RejectUnknownKeys();
        return skyDns;
    }

    private IReadOnlyDictionary<string, EtcdHostConfig> ReadEtcd(MappingReader root)
    {
        if (root.Mapping(EtcdHostConfig.SectionName) is not { } reader)
        {
            return EtcdHostConfig.Defaults;
        }

        var hosts = new Dictionary<string, EtcdHostConfig>(StringComparer.Ordinal);
        foreach (var (key, value) in reader.Node.Entries)
        {
            var path = reader.ChildPath(key.Value);
            if (!NetworkNames.IsHostOrAddress(key.Value))
            {
                _bag.Error(key, path, $"'{YamlScalarNode.Shorten(key.Value)}' is not a host name or an IP address");
                continue;
            }

            if (value is YamlScalarNode { IsNull: true })
            {
                hosts[key.Value] = new EtcdHostConfig();
            }
            else if (NodeValues.Mapping(value, path, _bag) is { } host)
            {
                hosts[key.Value] = ReadEtcdHost(host);
            }
        }

        return hosts;
    }

    private static EtcdHostConfig ReadEtcdHost(MappingReader reader)
    {
        var defaults = new EtcdHostConfig();
        var host = new EtcdHostConfig
        {
            Port = ConfigValues.Int(reader, "port", 1, 65535) ?? defaults.Port,
            Protocol = ConfigValues.Word(reader, "protocol", ["http", "https"], "a protocol etcd speaks") ?? defaults.Protocol,
            CaCert = ConfigValues.Text(reader, "ca_cert"),
            CertKey = ConfigValues.Text(reader, "cert_key"),
            Timeout = ConfigValues.Seconds(reader, "timeout", 1),
            ApiPath = ConfigValues.Text(reader, "api_path"),
        };
        reader.RejectUnknownKeys();
        return host;
    }

    private static MetadataConfig ReadMetadata(MappingReader root, string dataDirectory)
    {
        var defaults = new MetadataConfig
        {
            Location = Path.Combine(dataDirectory, "metadata"),
            Namespaces = Path.Combine(dataDirectory, "namespace"),
        };
        if (root.Mapping(MetadataConfig.SectionName) is not { } reader)
        {
            return defaults;
        }

        var metadata = new MetadataConfig
        {
            Location = ConfigValues.Text(reader, "location") ?? defaults.Location,
            Size = reader.WholeNumber("size", min: MetadataConfig.MinimumSize) ?? defaults.Size,
            Namespaces = ConfigValues.Text(reader, "namespaces") ?? defaults.Namespaces,
        };
        reader.RejectUnknownKeys();
        return metadata;
    }

    private static AutodisableConfig ReadAutodisable(MappingReader root)
    {
        var defaults = new AutodisableConfig();
        if (root.Mapping(AutodisableConfig.SectionName) is not { } reader)
        {
            return defaults;
        }

        // max-increase, with a hyphen: the key the original reads (its validator checked max_increase, reference 13.10).
        var autodisable = new AutodisableConfig
        {
            Enabled = reader.Boolean("enabled") ?? defaults.Enabled,
            Failures = ConfigValues.Int(reader, "failures", 1) ?? defaults.Failures,
            Interval = ConfigValues.Seconds(reader, "interval", 1) ?? defaults.Interval,
            Increase = ConfigValues.Seconds(reader, "increase", 1) ?? defaults.Increase,
            MaxIncrease = ConfigValues.Seconds(reader, "max-increase", 1) ?? defaults.MaxIncrease,
            Strict = reader.Boolean("strict") ?? defaults.Strict,
        };
        reader.RejectUnknownKeys();
        return autodisable;
    }
}
