using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Overlord.Agent.Convergence;

/// <summary>
/// What a Director file reads: each service's <c>makejail</c> and <c>runtime-makejail</c>, and metadata paths written
/// anywhere in it, raw or once its <c>${NAME}</c> references are expanded from the project's environment.
/// </summary>
internal static class DirectorFileReads
{
    /// <summary>Director's default when a service names no Makejail.</summary>
    private const string DefaultMakejail = "Makejail";

    // Merge keys may nest; deeper merges are not followed (no real Director file nests them this far).
    private const int MaxMergeDepth = 16;

    public static void Collect(string text, IReadOnlyDictionary<string, string> environment, MetadataReadCollector collector)
    {
        collector.ReadPathsIn(text);
        if (Parse(text) is not YamlMappingNode root || Find(root, "services") is not YamlMappingNode services)
        {
            collector.ReadEverything();
            return;
        }

        ReadExpandedPaths(root, environment, collector);
        foreach (var (_, service) in services.Children)
        {
            if (service is YamlMappingNode mapping)
            {
                UseMakejail(Find(mapping, "makejail"), DefaultMakejail, environment, collector);
                UseMakejail(Find(mapping, "runtime-makejail"), null, environment, collector);
            }
            else if (IsNull(service))
            {
                collector.UseMakejail(DefaultMakejail);
            }
            else
            {
                collector.ReadEverything(); // Director refuses it; what a fixed file would read is anyone's guess.
            }
        }
    }

    private static YamlNode? Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    private static void UseMakejail(YamlNode? node, string? absent, IReadOnlyDictionary<string, string> environment, MetadataReadCollector collector)
    {
        if (node is null || IsNull(node))
        {
            if (absent is not null)
            {
                collector.UseMakejail(absent);
            }
        }
        else if (node is YamlScalarNode { Value: { } value })
        {
            collector.UseMakejail(EnvironmentExpansion.Expand(value, environment));
        }
        else
        {
            collector.ReadEverything();
        }
    }

    /// <summary>A metadata path may be made of variables (<c>${OVERLORD_METADATA}/${PAGE}</c>) or sit in one's value.</summary>
    private static void ReadExpandedPaths(YamlNode root, IReadOnlyDictionary<string, string> environment, MetadataReadCollector collector)
    {
        // Aliases share nodes: each node is looked at once, so an alias bomb stays as small as its text.
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlScalarNode { Value: { } value } when EnvironmentExpansion.Expand(value, environment) is var expanded && expanded != value:
                    collector.ReadPathsIn(expanded);
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push(item);
                    }

                    break;
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }

                    break;
            }
        }
    }

    /// <summary>A mapping's value for <paramref name="key"/>, looking through YAML merge keys (<c>&lt;&lt;</c>), which Director's PyYAML honours.</summary>
    private static YamlNode? Find(YamlMappingNode mapping, string key) =>
        Find(mapping, key, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance), 0);

    // A mapping already searched did not hold the key: skipping it keeps repeated aliases from multiplying the work.
    private static YamlNode? Find(YamlMappingNode mapping, string key, HashSet<YamlNode> searched, int depth)
    {
        if (depth > MaxMergeDepth || !searched.Add(mapping))
        {
            return null;
        }

        var merged = new List<YamlNode>();
        foreach (var (name, value) in mapping.Children)
        {
            if (name is YamlScalarNode { Value: { } text } && text == key)
            {
                return value;
            }

            if (name is YamlScalarNode { Value: "<<" })
            {
                merged.AddRange(value is YamlSequenceNode sequence ? sequence.Children : [value]);
            }
        }

        foreach (var source in merged.OfType<YamlMappingNode>())
        {
            if (Find(source, key, searched, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>YAML 1.1's nulls, as PyYAML reads them: an empty plain scalar, <c>~</c> and <c>null</c>.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
