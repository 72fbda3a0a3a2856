using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

internal sealed partial class ConfigReader
{
    private PollingConfig ReadPolling(MappingReader root)
    {
        if (root.Mapping(PollingConfig.SectionName) is not { } reader)
        {
            return new PollingConfig();
        }

        var defaults = new PollingConfig();
        var polling = new PollingConfig
        {
            Adaptive = ReadAdaptive(reader),
            JailStats = ConfigValues.Seconds(reader, "jail_stats", 0) ?? defaults.JailStats,
            JailInfo = ConfigValues.Seconds(reader, "jail_info", 0) ?? defaults.JailInfo,
            Projects = ConfigValues.Seconds(reader, "projects", 0) ?? defaults.Projects,
            Jails = ConfigValues.Seconds(reader, "jails", 0) ?? defaults.Jails,
            JailExtras = ConfigValues.Seconds(reader, "jail_extras", 0) ?? defaults.JailExtras,
            ProjectInfo = ConfigValues.Seconds(reader, "project_info", 0) ?? defaults.ProjectInfo,
            Autoscale = ConfigValues.Seconds(reader, "autoscale", 0) ?? defaults.Autoscale,
            Heartbeat = ConfigValues.Seconds(reader, "heartbeat", 0),
            Skew = ReadSkew(reader) ?? defaults.Skew,

            // The original's quirk: a polling section without keywords collects every valid keyword.
            Keywords = ReadKeywords(reader) ?? PollingKeywords.All,
        };
        reader.RejectUnknownKeys();
        return polling;
    }

    private static AdaptivePollingConfig ReadAdaptive(MappingReader polling)
    {
        var defaults = new AdaptivePollingConfig();
        if (polling.Mapping(AdaptivePollingConfig.SectionName) is not { } reader)
        {
            return defaults;
        }

        var adaptive = new AdaptivePollingConfig
        {
            PollWindow = ConfigValues.Seconds(reader, "poll_window", 0) ?? defaults.PollWindow,
            MaxIdle = ConfigValues.Seconds(reader, "max_idle", 0) ?? defaults.MaxIdle,
            IdlePenalty = ConfigValues.Seconds(reader, "idle_penalty", 0) ?? defaults.IdlePenalty,
            MaxIdlePenalty = ConfigValues.Seconds(reader, "max_idle_penalty", 1) ?? defaults.MaxIdlePenalty,
        };
        reader.RejectUnknownKeys();
        return adaptive;
    }

    private SkewRange? ReadSkew(MappingReader polling)
    {
        if (polling.Sequence("skew") is not { } skew)
        {
            return null;
        }

        var path = polling.ChildPath("skew");
        if (skew.Items.Count != 2)
        {
            _bag.Error(skew, path, $"expected two numbers of seconds, [min, max], got {skew.Items.Count} item(s)");
            return null;
        }

        var min = NodeValues.WholeNumber(skew.Items[0], NodeValues.Item(path, 0), _bag, 0, int.MaxValue);
        var max = NodeValues.WholeNumber(skew.Items[1], NodeValues.Item(path, 1), _bag, 0, int.MaxValue);
        if (min is null || max is null)
        {
            return null;
        }

        if (min > max)
        {
            _bag.Error(skew, path, $"the first number ({min}) is greater than the second ({max}); write [min, max]");
            return null;
        }

        return new SkewRange(TimeSpan.FromSeconds(min.Value), TimeSpan.FromSeconds(max.Value));
    }

    private PollingKeywords? ReadKeywords(MappingReader polling)
    {
        if (polling.Mapping(PollingKeywords.SectionName) is not { } reader)
        {
            return null;
        }

        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var group in PollingKeywords.Groups)
        {
            if (reader.Sequence(group) is { } sequence)
            {
                groups[group] = ReadKeywordList(sequence, reader.ChildPath(group), PollingKeywordCatalog.Valid[group]);
            }
        }

        reader.RejectUnknownKeys();
        return new PollingKeywords(groups);
    }

    private List<string> ReadKeywordList(YamlSequenceNode sequence, string path, IReadOnlyList<string> valid)
    {
        var keywords = new List<string>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = NodeValues.Item(path, i);
            if (NodeValues.Text(sequence.Items[i], itemPath, _bag) is not { } keyword)
            {
                continue;
            }

            if (valid.Contains(keyword, StringComparer.Ordinal))
            {
                keywords.Add(keyword);
            }
            else
            {
                _bag.Error(sequence.Items[i], itemPath, $"'{YamlScalarNode.Shorten(keyword)}' is not a keyword of this group; allowed: {string.Join(", ", valid)}");
            }
        }

        return keywords;
    }

    private static MemcacheConfig ReadMemcache(MappingReader root)
    {
        var defaults = new MemcacheConfig();
        if (root.Mapping(MemcacheConfig.SectionName) is not { } reader)
        {
            return defaults;
        }

        var memcache = new MemcacheConfig
        {
            Connections = reader.StringList("connections") ?? defaults.Connections,
            MaxPoolSize = ConfigValues.Int(reader, "max_pool_size", 1),
            PoolIdleTimeout = ConfigValues.Int(reader, "pool_idle_timeout", 0) ?? defaults.PoolIdleTimeout,
            RetryAttempts = ConfigValues.Int(reader, "retry_attempts", 1) ?? defaults.RetryAttempts,
            RetryTimeout = ConfigValues.Int(reader, "retry_timeout", 1) ?? defaults.RetryTimeout,
            DeadTimeout = ConfigValues.Int(reader, "dead_timeout", 1) ?? defaults.DeadTimeout,
            ConnectTimeout = ConfigValues.Int(reader, "connect_timeout", 1) ?? defaults.ConnectTimeout,
            Timeout = ConfigValues.Int(reader, "timeout", 1) ?? defaults.Timeout,
            NoDelay = reader.Boolean("no_delay") ?? defaults.NoDelay,
        };
        reader.RejectUnknownKeys();
        return memcache;
    }
}
