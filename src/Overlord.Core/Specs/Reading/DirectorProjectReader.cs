using System.Globalization;
using System.Net;
using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads the keys of a <c>directorProject</c> spec.</summary>
internal static class DirectorProjectReader
{
    public static DirectorProjectSpec Read(MappingReader root)
    {
        var name = root.Matching("projectName", SpecPatterns.ProjectName(), SpecPatterns.ProjectNameRule, required: true);
        var (file, fromMetadata) = SpecValues.ExactlyOne(root, "projectFile", "projectFromMetadata");
        var autoScale = AutoScaleReader.Read(root);
        if (autoScale is not null && name is not null && !SpecPatterns.MetadataKey().IsMatch($"overlord.autoscale.{name}"))
        {
            // The original accepted such names and then skipped the project at apply time with a warning (13.11).
            root.Bag.Error(root.Node["projectName"]!, "projectName", $"'{name}' cannot be autoscaled: the project is stored as the metadata key overlord.autoscale.{name}, and {SpecPatterns.MetadataKeyRule}");
        }

        return new DirectorProjectSpec
        {
            ProjectName = name ?? "",
            ProjectFile = SpecValues.StrictText(file, "projectFile", root.Bag, "the Director file as text (a | block)"),
            ProjectFromMetadata = fromMetadata is null ? null : NodeValues.Matching(fromMetadata, "projectFromMetadata", root.Bag, SpecPatterns.MetadataKey(), SpecPatterns.MetadataKeyRule),
            Environment = SpecValues.StringMap(root, "environment") ?? [],
            EnvironFromMetadata = root.Matching("environFromMetadata", SpecPatterns.MetadataKey(), SpecPatterns.MetadataKeyRule),
            DatacentersEnvironment = SpecValues.NestedStringMaps(root, "datacentersEnvironment", SpecPatterns.ChainName(), SpecPatterns.ChainNameRule) ?? [],
            ChainsEnvironment = SpecValues.NestedStringMaps(root, "chainsEnvironment", SpecPatterns.ChainPathKey(), SpecPatterns.ChainPathRule) ?? [],
            LabelsEnvironment = SpecValues.NestedStringMaps(root, "labelsEnvironment", SpecPatterns.Label(), SpecPatterns.LabelRule) ?? [],
            AutoScale = autoScale,
            ReservePort = ReservePort(root),
        };
    }

    private static Dictionary<string, string?> ReservePort(MappingReader root)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (root.Mapping("reserve_port") is not { } map)
        {
            return result;
        }

        foreach (var (iface, _) in map.Node.Entries)
        {
            var path = map.ChildPath(iface.Value);
            var network = map.Text(iface.Value);
            if (network is not null && !IsNetwork(network))
            {
                map.Bag.Error(map.Node[iface.Value]!, path, $"'{network}' is not a network; give an address or a CIDR network such as 10.0.0.0/24 (or nothing for the interface's first address)");
                continue;
            }

            result[iface.Value] = network;
        }

        return result;
    }

    /// <summary>What Python's ip_network(x, strict=False) takes: an address, or an address and a prefix length.</summary>
    private static bool IsNetwork(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? text : text[..slash];
        if (!IPAddress.TryParse(address, out var ip) || address.Contains('%', StringComparison.Ordinal))
        {
            return false;
        }

        var bits = ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32;
        return slash < 0 || (int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) && prefix <= bits);
    }
}
