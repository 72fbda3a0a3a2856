using Overlord.Core.Specs;

namespace Overlord.Agent.Sync;

/// <summary>
/// Every spec of one commit, as the reconcile reads the desired state from it: the specs that deploy (in path order),
/// and which spec files load and which do not. Files another spec includes are data, not specs.
/// </summary>
internal sealed record DesiredSpecs(RevisionSpecs Revision, IReadOnlyList<(string Path, Spec Spec)> Deployable, IReadOnlySet<string> Valid, IReadOnlySet<string> Invalid)
{
    public string Commit => Revision.Commit;

    /// <summary>The deployable metadata specs, in path order (built once per commit: the reconcile compares them every time).</summary>
    public IReadOnlyList<(string Path, Spec Spec)> Metadata { get; private init; } = [];

    /// <summary>The deployable directorProjects with autoScale (built once per commit).</summary>
    public IReadOnlySet<string> Autoscaled { get; private init; } = new HashSet<string>();

    public static DesiredSpecs From(RevisionSpecs revision)
    {
        var included = revision.Loaded.SelectMany(spec => spec.Reads).ToHashSet(StringComparer.Ordinal);
        var specs = revision.Loaded.Where(spec => !included.Contains(spec.Path)).ToList();
        var deployable = specs
            .Where(spec => spec.IsValid && spec.Kind != SpecKind.ReadOnly && revision.Specs.ContainsKey(spec.Path))
            .OrderBy(spec => spec.Path, StringComparer.Ordinal)
            .Select(spec => (spec.Path, revision.Specs[spec.Path]))
            .ToList();
        return new DesiredSpecs(
            revision,
            deployable,
            specs.Where(spec => spec.IsValid).Select(spec => spec.Path).ToHashSet(StringComparer.Ordinal),
            specs.Where(spec => !spec.IsValid).Select(spec => spec.Path).ToHashSet(StringComparer.Ordinal))
        {
            Metadata = deployable.Where(entry => entry.Item2 is MetadataSpec).ToList(),
            Autoscaled = deployable.Where(entry => entry.Item2 is DirectorProjectSpec { AutoScale: not null }).Select(entry => entry.Path).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The specs of <paramref name="changed"/>'s commit from these ones: what the sync of that commit loaded (every spec
    /// its diff touched) replaces what was here, and files gone from it are dropped. Loading only what changed keeps a
    /// sync's cost to what changed.
    /// </summary>
    public DesiredSpecs Advance(RevisionSpecs changed, IReadOnlySet<string> filesAtTarget)
    {
        var replaced = changed.Loaded.Select(spec => spec.Path).ToHashSet(StringComparer.Ordinal);
        var loaded = Revision.Loaded.Where(spec => filesAtTarget.Contains(spec.Path) && !replaced.Contains(spec.Path)).Concat(changed.Loaded).ToList();
        var specs = new Dictionary<string, Spec>(StringComparer.Ordinal);
        foreach (var spec in loaded)
        {
            var source = replaced.Contains(spec.Path) ? changed.Specs : Revision.Specs;
            if (source.GetValueOrDefault(spec.Path) is { } value)
            {
                specs[spec.Path] = value;
            }
        }

        return From(new RevisionSpecs(changed.Commit, loaded, specs));
    }
}
