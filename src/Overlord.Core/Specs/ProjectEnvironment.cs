namespace Overlord.Core.Specs;

/// <summary>
/// The environment a directorProject gets on one node, merged in the original's order (later wins):
/// <c>environment</c>, <c>labelsEnvironment</c> for each of the node's labels in the node's order,
/// <c>chainsEnvironment</c> for the node's chain path (or <c>&lt;root&gt;</c>), <c>datacentersEnvironment</c>
/// for its datacenter, and last the variables read from <c>environFromMetadata</c> (reference 6.4).
/// </summary>
public static class ProjectEnvironment
{
    /// <param name="spec">The project.</param>
    /// <param name="labels">The node's labels, in the order the node reports them.</param>
    /// <param name="chainPath">The chain path below the datacenter (<c>alpha.charlie</c>), or null for the datacenter's own node.</param>
    /// <param name="datacenter">The datacenter's name, or null when none applies.</param>
    /// <param name="environFromMetadata">The variables fetched from the node's <c>environFromMetadata</c> key, or null.</param>
    public static IReadOnlyDictionary<string, string> Merge(
        DirectorProjectSpec spec,
        IEnumerable<string> labels,
        string? chainPath,
        string? datacenter,
        IReadOnlyDictionary<string, string>? environFromMetadata)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(labels);
        var result = new Dictionary<string, string>(spec.Environment, StringComparer.Ordinal);
        foreach (var label in labels)
        {
            Overlay(result, spec.LabelsEnvironment.GetValueOrDefault(label));
        }

        Overlay(result, spec.ChainsEnvironment.GetValueOrDefault(chainPath ?? DirectorProjectSpec.RootChainKey));
        if (datacenter is not null)
        {
            Overlay(result, spec.DatacentersEnvironment.GetValueOrDefault(datacenter));
        }

        Overlay(result, environFromMetadata);
        return result;
    }

    private static void Overlay(Dictionary<string, string> into, IReadOnlyDictionary<string, string>? values)
    {
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            into[key] = value;
        }
    }
}
