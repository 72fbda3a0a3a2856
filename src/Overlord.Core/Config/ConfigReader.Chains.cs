using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

internal sealed partial class ConfigReader
{
    private Dictionary<string, ChainConfig> ReadChains(MappingReader root)
    {
        var chains = new Dictionary<string, ChainConfig>(StringComparer.Ordinal);
        if (root.Mapping(ChainConfig.SectionName) is not { } reader)
        {
            return chains;
        }

        foreach (var (key, value) in reader.Node.Entries)
        {
            var path = reader.ChildPath(key.Value);
            if (!ConfigPatterns.ChainName().IsMatch(key.Value))
            {
                _bag.Error(key, path, $"'{YamlScalarNode.Shorten(key.Value)}' is not a valid chain name; {ConfigPatterns.ChainNameRule}");
            }

            if (value is YamlScalarNode { IsNull: true })
            {
                _bag.Error(key, path, "is empty; a chain needs at least entrypoint and access_token");
                continue;
            }

            if (ReadChain(value, path) is { } chain && ConfigPatterns.ChainName().IsMatch(key.Value))
            {
                chains[key.Value] = chain;
            }
        }

        return chains;
    }

    private ChainConfig? ReadChain(YamlNode node, string path)
    {
        if (NodeValues.Mapping(node, path, _bag) is not { } reader)
        {
            return null;
        }

        var entrypoint = ConfigValues.HttpUrl(reader, "entrypoint", required: true);
        var token = ConfigValues.Secret(reader, "access_token", required: true);
        var http = ReadHttp(reader, HttpClientSettings.ChainDefaults);
        var disable = reader.Boolean("disable") ?? false;
        var retry = ReadRetry(reader);
        reader.RejectUnknownKeys();
        return entrypoint is null || token is null
            ? null
            : new ChainConfig { Entrypoint = entrypoint, AccessToken = token, Http = http, Disable = disable, Retry = retry };
    }

    private static HttpClientSettings ReadHttp(MappingReader reader, HttpClientSettings defaults) => new()
    {
        Timeout = ConfigValues.Timeout(reader, "timeout", defaults.Timeout),
        ReadTimeout = ConfigValues.Timeout(reader, "read_timeout", defaults.ReadTimeout),
        WriteTimeout = ConfigValues.Timeout(reader, "write_timeout", defaults.WriteTimeout),
        ConnectTimeout = ConfigValues.Timeout(reader, "connect_timeout", defaults.ConnectTimeout),
        PoolTimeout = ConfigValues.Timeout(reader, "pool_timeout", defaults.PoolTimeout),
        MaxKeepaliveConnections = ConfigValues.Int(reader, "max_keepalive_connections", 0) ?? defaults.MaxKeepaliveConnections,
        MaxConnections = ConfigValues.Int(reader, "max_connections", 1) ?? defaults.MaxConnections,
        KeepaliveExpiry = ConfigValues.Seconds(reader, "keepalive_expiry", 0) ?? defaults.KeepaliveExpiry,
        CaCert = ConfigValues.Text(reader, "cacert"),
    };

    private static RetryPolicyConfig ReadRetry(MappingReader chain)
    {
        var defaults = new RetryPolicyConfig();
        if (chain.Mapping(RetryPolicyConfig.SectionName) is not { } reader)
        {
            return defaults;
        }

        var retry = new RetryPolicyConfig
        {
            Total = ConfigValues.Int(reader, "total", 0) ?? defaults.Total,
            MaxBackoffWait = ConfigValues.NonNegativeNumber(reader, "max_backoff_wait") is { } wait ? TimeSpan.FromSeconds(wait) : defaults.MaxBackoffWait,
            BackoffFactor = ConfigValues.NonNegativeNumber(reader, "backoff_factor") ?? defaults.BackoffFactor,
            RespectRetryAfterHeader = reader.Boolean("respect_retry_after_header") ?? defaults.RespectRetryAfterHeader,
            BackoffJitter = ConfigValues.NonNegativeNumber(reader, "backoff_jitter") ?? defaults.BackoffJitter,
        };
        reader.RejectUnknownKeys();
        return retry;
    }

    private static HaproxyApiConfig? ReadHaproxyApi(MappingReader root, string section)
    {
        if (root.Mapping(section) is not { } reader)
        {
            return null;
        }

        var entrypoint = ConfigValues.HttpUrl(reader, "entrypoint", required: true);
        var auth = reader.Mapping("auth", required: true);
        var username = auth is null ? null : ConfigValues.Text(auth, "username", required: true);
        var password = auth is null ? null : ConfigValues.Secret(auth, "password", required: true);
        auth?.RejectUnknownKeys();
        var http = ReadHttp(reader, HttpClientSettings.HaproxyDefaults);
        reader.RejectUnknownKeys();
        return entrypoint is null || username is null || password is null
            ? null
            : new HaproxyApiConfig { Entrypoint = entrypoint, Username = username, Password = password, Http = http };
    }
}
