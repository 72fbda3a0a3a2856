using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads <c>autoScale.rules</c> and <c>autoScale.economy</c>: rctl resource → limit.</summary>
internal static class ResourceRuleReader
{
    /// <summary>Resources measured in bytes: an integer or a size such as 512m.</summary>
    public static readonly IReadOnlyList<string> ByteResources =
        ["datasize", "stacksize", "coredumpsize", "memoryuse", "memorylocked", "vmemoryuse", "swapuse", "shmsize", "readbps", "writebps"];

    /// <summary>Resources that are counts (or seconds, or percents): an integer ≥ 0.</summary>
    public static readonly IReadOnlyList<string> CountResources =
        ["cputime", "maxproc", "openfiles", "pseudoterminals", "nthr", "msgqqueued", "nmsgq", "nsem", "nsemop", "nshm", "wallclock", "pcpu", "readiops", "writeiops"];

    public static Dictionary<string, ResourceThreshold> Read(MappingReader scale, string key)
    {
        var result = new Dictionary<string, ResourceThreshold>(StringComparer.Ordinal);
        if (scale.Mapping(key) is not { } rules)
        {
            return result;
        }

        foreach (var (name, value) in rules.Node.Entries)
        {
            var path = rules.ChildPath(name.Value);
            var isBytes = ByteResources.Contains(name.Value);
            if (!isBytes && !CountResources.Contains(name.Value))
            {
                var allowed = string.Join(", ", ByteResources.Concat(CountResources));
                rules.Bag.Error(name, path, $"invalid resource '{name.Value}'; allowed rctl resources: {allowed}");
                continue;
            }

            if (Threshold(value, path, rules, isBytes) is { } threshold)
            {
                result[name.Value] = threshold with { Resource = name.Value };
            }
        }

        return result;
    }

    private static ResourceThreshold? Threshold(YamlNode value, string path, MappingReader rules, bool isBytes)
    {
        if (value is YamlScalarNode scalar && scalar.TryGetInteger(out var number))
        {
            if (number >= 0)
            {
                return new ResourceThreshold("", number, scalar.Value);
            }

            rules.Bag.Error(value, path, $"{number} is negative; a limit is 0 or more");
            return null;
        }

        if (isBytes && value is YamlScalarNode { Kind: ScalarKind.String } text)
        {
            if (ByteSize.TryParse(text.Value, out var bytes))
            {
                return new ResourceThreshold("", bytes, text.Value);
            }

            rules.Bag.Error(value, path, $"'{YamlScalarNode.Shorten(text.Value)}' is not a size; {ByteSize.Rule}");
            return null;
        }

        var expected = isBytes ? "an integer number of bytes or a size such as 512m" : "an integer 0 or more";
        rules.Bag.Error(value, path, $"expected {expected}, got {value.Describe()}");
        return null;
    }
}
