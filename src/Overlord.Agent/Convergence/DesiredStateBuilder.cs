using Overlord.Agent.Store;
using Overlord.Client.Deployment;
using Overlord.Core.Specs;

namespace Overlord.Agent.Convergence;

/// <summary>
/// The desired state (issue 9): every (spec, node) pair the specs of the applied commit select in the tree as it is
/// now (labels, entrypoints, exclude, maximumDeployments), each with its content hashes. A node that did not answer
/// is placed by the labels it last had. Pure: the same inputs give the same pairs, in spec then tree order.
/// </summary>
public static class DesiredStateBuilder
{
    private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);
    private static readonly HashSet<string> NoKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// The pairs of <paramref name="specs"/> in <paramref name="tree"/>; <paramref name="hashes"/>, when given, keeps spec
    /// hashes between builds. <paramref name="kept"/>, when given, returns a spec's pairs from an earlier build of the
    /// same tree, labels and records, and (but for a metadata spec, whose pairs read nothing) the same metadata specs,
    /// or null to place it again: only the specs it does not know cost.
    /// </summary>
    public static IReadOnlyList<DesiredDeployment> Build(
        IReadOnlyList<(string Path, Spec Spec)> specs,
        ObservedTree tree,
        IReadOnlyDictionary<string, IReadOnlyList<string>> knownLabels,
        IReadOnlyList<DeploymentRecord> records,
        SpecHashCache? hashes = null,
        Func<string, Spec, IReadOnlyList<DesiredDeployment>?>? kept = null)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(knownLabels);
        ArgumentNullException.ThrowIfNull(records);
        var nodes = tree.Nodes
            .Select(node => node.Reachable ? node : node with { Labels = knownLabels.GetValueOrDefault(node.Chain) ?? [] })
            .Concat(HiddenBelow(tree, knownLabels))
            .Where(node => node.Labels.Count > 0)
            .ToList();
        // Where specs run matters only to place a spec with maximumDeployments: built for the first one placed, not for
        // every sync of ten thousand specs without any.
        var deployed = new Lazy<HashSet<(string, string)>>(
            () => records.Where(record => record.State == DeploymentState.Synced).Select(record => (record.SpecPath, record.Target)).ToHashSet(),
            LazyThreadSafetyMode.None);

        // A metadata spec's kept pairs say where it is placed: only the specs without kept pairs are placed again.
        var placed = specs
            .Select(entry => (entry.Path, entry.Spec, Kept: kept?.Invoke(entry.Path, entry.Spec)))
            .Select(entry => (entry.Path, entry.Spec, entry.Kept, Targets: entry.Kept is null ? Place(entry.Path, entry.Spec, nodes, deployed) : []))
            .ToList();

        // What each node holds is what the metadata specs put there, and projects read it: needed only to place
        // something that is not a metadata spec again (a metadata spec's reads hash does not depend on it).
        NodeMetadata? held = null;
        var desired = new List<DesiredDeployment>();
        foreach (var (path, spec, pairs, targets) in placed)
        {
            if (pairs is not null)
            {
                desired.AddRange(pairs);
                continue;
            }

            foreach (var (name, node) in targets)
            {
                var environment = spec is DirectorProjectSpec project
                    ? ProjectEnvironment.Merge(project, node.Labels, node.Chain.Length == 0 ? null : node.Chain, name.Split('.')[0], null)
                    : Empty;
                held ??= spec is MetadataSpec ? null : NodeMetadata.Of(placed);
                var metadata = held?.On(node.Chain) ?? Empty;
                desired.Add(new DesiredDeployment
                {
                    SpecPath = path,
                    Spec = spec,
                    Target = name,
                    Chain = node.Chain,
                    Labels = node.Labels,
                    Reachable = node.Reachable,
                    SpecHash = hashes?.Of(spec, environment) ?? DeploymentHashes.Spec(spec, environment),
                    ReadsHash = DeploymentHashes.Reads(MetadataReads.Of(spec, environment, metadata), metadata, held?.Live ?? NoKeys),
                });
            }
        }

        return desired;
    }

    /// <summary>The metadata each node holds (by chain path) once the metadata specs are deployed, and the keys read live.</summary>
    private sealed record NodeMetadata(Dictionary<string, Dictionary<string, string>> ByChain, HashSet<string> Live)
    {
        public Dictionary<string, string>? On(string chain) => ByChain.GetValueOrDefault(chain);

        /// <summary>From each metadata spec's nodes: its kept pairs, or where it was placed now (in spec, then node order).</summary>
        public static NodeMetadata Of(List<(string Path, Spec Spec, IReadOnlyList<DesiredDeployment>? Kept, List<(string Name, ObservedNode Node)> Targets)> placed)
        {
            var byChain = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            var live = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, spec, kept, targets) in placed)
            {
                if (spec is not MetadataSpec values)
                {
                    continue;
                }

                foreach (var chain in kept?.Select(pair => pair.Chain) ?? targets.Select(target => target.Node.Chain))
                {
                    var held = byChain.TryGetValue(chain, out var found) ? found : byChain[chain] = new(StringComparer.Ordinal);
                    foreach (var (key, value) in values.EffectiveMetadata())
                    {
                        held[key] = value;
                        if (values.ReadLive)
                        {
                            live.Add(key);
                        }
                    }
                }
            }

            return new NodeMetadata(byChain, live);
        }
    }

    /// <summary>Nodes seen before below a node that does not answer now: the tree cannot list them, so they are unreachable too.</summary>
    private static IEnumerable<ObservedNode> HiddenBelow(ObservedTree tree, IReadOnlyDictionary<string, IReadOnlyList<string>> knownLabels)
    {
        var silent = tree.Nodes.Where(node => !node.Reachable).Select(node => node.Chain + ".").ToList();
        return knownLabels
            .Where(known => tree.Find(known.Key) is null && silent.Any(prefix => known.Key.StartsWith(prefix, StringComparison.Ordinal)))
            .OrderBy(known => known.Key, StringComparer.Ordinal)
            .Select(known => ObservedNode.Unreachable(known.Key, "a node above it does not answer") with { Labels = known.Value });
    }

    /// <summary>The nodes a spec selects, by name; with maximumDeployments, nodes it is deployed on come first.</summary>
    private static List<(string Name, ObservedNode Node)> Place(string path, Spec spec, List<ObservedNode> nodes, Lazy<HashSet<(string, string)>> deployed)
    {
        var byCandidate = new Dictionary<TargetCandidate, ObservedNode>(ReferenceEqualityComparer.Instance);
        var candidates = new List<TargetCandidate>();
        foreach (var datacenter in spec.Datacenters.Keys)
        {
            foreach (var node in nodes)
            {
                var candidate = new TargetCandidate(datacenter, node.Chain.Length == 0 ? null : node.Chain, node.Labels);
                byCandidate[candidate] = node;
                candidates.Add(candidate);
            }
        }

        var selected = TargetSelector.SelectPerEntrypoint(spec.DeployIn, candidates)
            .Select(candidate => (Name: NameOf(candidate), Node: byCandidate[candidate]))
            .DistinctBy(target => target.Name, StringComparer.Ordinal)
            .ToList();
        if (spec.MaximumDeployments <= 0)
        {
            return selected;
        }

        var units = DeployPlanner.UnitsPerTarget(spec);
        var limit = (int)Math.Min(int.MaxValue, (spec.MaximumDeployments + units - 1) / units);
        return selected.OrderBy(target => deployed.Value.Contains((path, target.Name)) ? 0 : 1).Take(limit).ToList();
    }

    /// <summary>A node as notes name it: the datacenter, then the chain path below the agent's node.</summary>
    public static string NameOf(TargetCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.ChainPath is null ? candidate.Datacenter : $"{candidate.Datacenter}.{candidate.ChainPath}";
    }
}
