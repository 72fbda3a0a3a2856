namespace Overlord.Agent.Planning;

/// <summary>
/// The spec files of a commit: its files that a watched glob matches, less those a deployed spec includes (data, not
/// specs). Asked path by path rather than built: a sync of one change asks about a few paths and the inventory's,
/// and a set built of ten thousand files for that cost more than the questions (issue 14.5).
/// </summary>
internal sealed class SpecFileSet
{
    private readonly PlanRequest _request;
    private readonly HashSet<string> _dependencies;

    public SpecFileSet(PlanRequest request)
    {
        _request = request;
        _dependencies = Dependencies(request.Inventory);
    }

    public bool Contains(string path) => _request.TargetFiles.Contains(path) && _request.Paths.IsSpec(path) && !_dependencies.Contains(path);

    /// <summary>Every spec file, in no particular order (a first sync, or an env file that changed).</summary>
    public IEnumerable<string> All() => _request.TargetFiles.Where(path => _request.Paths.IsSpec(path) && !_dependencies.Contains(path));

    /// <summary>The files the deployed specs include; most specs include none, so most entries add nothing.</summary>
    public static HashSet<string> Dependencies(IReadOnlyList<InventoryEntry> inventory)
    {
        var dependencies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in inventory)
        {
            if (entry.Dependencies.Count > 0)
            {
                dependencies.UnionWith(entry.Dependencies);
            }
        }

        return dependencies;
    }
}
