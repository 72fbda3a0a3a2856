using Overlord.Agent.Planning;
using Overlord.Core.Specs;

namespace Overlord.Agent.Sync;

/// <summary>
/// Every spec of one commit, as the reconcile reads the desired state from it: the specs that deploy (in path order),
/// and which spec files load and which do not. Files another spec includes are data, not specs.
/// </summary>
/// <remarks>
/// Built whole once (<see cref="From"/>), then advanced commit by commit (<see cref="Advance"/>) at the cost of what
/// changed: each advance copies the collections it keeps (array copies, no hashing or sorting of the ten thousand
/// entries) and touches only the changed paths and the ones whose inclusion changed. The copies keep every instance
/// unchanged once built, since the reconcile compares a commit's lists with the last commit's by reference.
/// </remarks>
internal sealed class DesiredSpecs
{
    /// <summary>Each loaded spec file's place in <see cref="RevisionSpecs.Loaded"/> (the list's order means nothing).</summary>
    private readonly Dictionary<string, int> _loadedAt;

    /// <summary>How many loaded specs read each included file: a spec file read by any is data, not a spec.</summary>
    private readonly Dictionary<string, int> _readers;

    private readonly List<(string Path, Spec Spec)> _deployable;
    private readonly List<(string Path, Spec Spec)> _metadata;
    private readonly HashSet<string> _valid;
    private readonly HashSet<string> _invalid;
    private readonly HashSet<string> _autoscaled;

    private static readonly Comparer<(string Path, Spec Spec)> ByPath = Comparer<(string Path, Spec Spec)>.Create((left, right) => string.CompareOrdinal(left.Path, right.Path));

    /// <summary>How many deployable specs have maximumDeployments.</summary>
    private int _limited;

    private DesiredSpecs(
        RevisionSpecs revision, Dictionary<string, int> loadedAt, Dictionary<string, int> readers, List<(string Path, Spec Spec)> deployable,
        List<(string Path, Spec Spec)> metadata, HashSet<string> valid, HashSet<string> invalid, HashSet<string> autoscaled)
    {
        Revision = revision;
        _loadedAt = loadedAt;
        _readers = readers;
        _deployable = deployable;
        _metadata = metadata;
        _valid = valid;
        _invalid = invalid;
        _autoscaled = autoscaled;
    }

    public RevisionSpecs Revision { get; }

    public string Commit => Revision.Commit;

    /// <summary>The specs that deploy (valid, not read-only, not included by another spec), in path order.</summary>
    public IReadOnlyList<(string Path, Spec Spec)> Deployable => _deployable;

    /// <summary>The spec files that load, included files left out.</summary>
    public IReadOnlySet<string> Valid => _valid;

    /// <summary>The spec files that do not load, included files left out.</summary>
    public IReadOnlySet<string> Invalid => _invalid;

    /// <summary>The deployable metadata specs, in path order (the reconcile compares them every time).</summary>
    public IReadOnlyList<(string Path, Spec Spec)> Metadata => _metadata;

    /// <summary>The deployable directorProjects with autoScale.</summary>
    public IReadOnlySet<string> Autoscaled => _autoscaled;

    /// <summary>Whether a deployable spec has maximumDeployments (its pairs then depend on where it runs).</summary>
    public bool AnyLimited => _limited > 0;

    public static DesiredSpecs From(RevisionSpecs revision)
    {
        // The loaded specs are kept as they are (an advance copies them before it changes anything).
        var loaded = revision.Loaded;
        var loadedAt = new Dictionary<string, int>(loaded.Count, StringComparer.Ordinal);
        var readers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < loaded.Count; i++)
        {
            loadedAt[loaded[i].Path] = i;
            Count(readers, loaded[i].Reads, 1);
        }

        var desired = new DesiredSpecs(
            revision, loadedAt, readers, [], [],
            new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        foreach (var spec in loaded)
        {
            if (!readers.ContainsKey(spec.Path))
            {
                desired.Classify(spec, revision.Specs, sorted: false);
            }
        }

        desired._deployable.Sort(ByPath);
        desired._metadata.Sort(ByPath);
        return desired;
    }

    /// <summary>
    /// The specs of <paramref name="changed"/>'s commit from these ones: what the sync of that commit loaded (every spec
    /// its diff touched) replaces what was here, and the files <paramref name="deleted"/> by its diff are dropped. The
    /// same as <see cref="From"/> over the whole commit, at the cost of what changed.
    /// </summary>
    public DesiredSpecs Advance(RevisionSpecs changed, IReadOnlyCollection<string> deleted)
    {
        var loaded = new List<LoadedSpec>(Revision.Loaded);
        var specs = new Dictionary<string, Spec>(Revision.Specs, StringComparer.Ordinal);
        var next = new DesiredSpecs(
            new RevisionSpecs(changed.Commit, loaded, specs),
            new Dictionary<string, int>(_loadedAt, StringComparer.Ordinal),
            new Dictionary<string, int>(_readers, StringComparer.Ordinal),
            new List<(string Path, Spec Spec)>(_deployable),
            new List<(string Path, Spec Spec)>(_metadata),
            new HashSet<string>(_valid, StringComparer.Ordinal),
            new HashSet<string>(_invalid, StringComparer.Ordinal),
            new HashSet<string>(_autoscaled, StringComparer.Ordinal))
        {
            _limited = _limited,
        };

        // The paths whose place may change: those replaced or gone, and those another spec starts or stops including.
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var includedBefore = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var spec in changed.Loaded)
        {
            next.Remove(spec.Path, loaded, specs, touched, includedBefore);
        }

        foreach (var path in deleted)
        {
            next.Remove(path, loaded, specs, touched, includedBefore);
        }

        foreach (var spec in changed.Loaded)
        {
            next._loadedAt[spec.Path] = loaded.Count;
            loaded.Add(spec);
            if (changed.Specs.GetValueOrDefault(spec.Path) is { } value)
            {
                specs[spec.Path] = value;
            }

            foreach (var read in spec.Reads)
            {
                includedBefore.TryAdd(read, next._readers.ContainsKey(read));
            }

            Count(next._readers, spec.Reads, 1);
        }

        foreach (var (path, was) in includedBefore)
        {
            if (was != next._readers.ContainsKey(path))
            {
                touched.Add(path);
            }
        }

        foreach (var path in touched)
        {
            next.Unclassify(path);
            if (next._loadedAt.TryGetValue(path, out var at) && !next._readers.ContainsKey(path))
            {
                next.Classify(loaded[at], specs, sorted: true);
            }
        }

        return next;
    }

    /// <summary>Takes a loaded spec file out of this (not yet shared) instance: its entry, its spec and its reads.</summary>
    private void Remove(
        string path, List<LoadedSpec> loaded, Dictionary<string, Spec> specs, HashSet<string> touched, Dictionary<string, bool> includedBefore)
    {
        touched.Add(path);
        if (!_loadedAt.Remove(path, out var at))
        {
            return;
        }

        var spec = loaded[at];
        foreach (var read in spec.Reads)
        {
            includedBefore.TryAdd(read, _readers.ContainsKey(read));
        }

        Count(_readers, spec.Reads, -1);

        // The last entry takes the removed one's place.
        var last = loaded.Count - 1;
        if (at != last)
        {
            loaded[at] = loaded[last];
            _loadedAt[loaded[at].Path] = at;
        }

        loaded.RemoveAt(last);
        specs.Remove(path);
    }

    private void Classify(LoadedSpec loaded, IReadOnlyDictionary<string, Spec> specs, bool sorted)
    {
        if (!loaded.IsValid)
        {
            _invalid.Add(loaded.Path);
            return;
        }

        _valid.Add(loaded.Path);
        if (loaded.Kind == SpecKind.ReadOnly || specs.GetValueOrDefault(loaded.Path) is not { } spec)
        {
            return;
        }

        Insert(_deployable, (loaded.Path, spec), sorted);
        _limited += spec.MaximumDeployments > 0 ? 1 : 0;
        if (spec is MetadataSpec)
        {
            Insert(_metadata, (loaded.Path, spec), sorted);
        }

        if (spec is DirectorProjectSpec { AutoScale: not null })
        {
            _autoscaled.Add(loaded.Path);
        }
    }

    private void Unclassify(string path)
    {
        _valid.Remove(path);
        _invalid.Remove(path);
        _autoscaled.Remove(path);
        if (IndexOf(_deployable, path) is var at and >= 0)
        {
            _limited -= _deployable[at].Spec.MaximumDeployments > 0 ? 1 : 0;
            _deployable.RemoveAt(at);
        }

        if (IndexOf(_metadata, path) is var inMetadata and >= 0)
        {
            _metadata.RemoveAt(inMetadata);
        }
    }

    private static void Insert(List<(string Path, Spec Spec)> list, (string Path, Spec Spec) entry, bool sorted)
    {
        if (sorted)
        {
            list.Insert(~IndexOf(list, entry.Path), entry);
        }
        else
        {
            list.Add(entry);
        }
    }

    /// <summary>The index of <paramref name="path"/> in a list in path order, or its complement where it would go.</summary>
    private static int IndexOf(List<(string Path, Spec Spec)> list, string path) => list.BinarySearch((path, null!), ByPath);

    private static void Count(Dictionary<string, int> readers, IReadOnlyList<string> reads, int by)
    {
        foreach (var read in reads.Distinct(StringComparer.Ordinal))
        {
            var count = readers.GetValueOrDefault(read) + by;
            if (count > 0)
            {
                readers[read] = count;
            }
            else
            {
                readers.Remove(read);
            }
        }
    }
}
