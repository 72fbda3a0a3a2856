using Overlord.Core.Specs;

namespace Overlord.Agent.Convergence;

/// <summary>
/// Which metadata keys a spec reads on one node, so a change to a metadata spec redeploys the projects that read
/// the changed keys. Pure: it sees only the spec, the project's environment and the node's metadata. What it cannot
/// see (a Makejail on the node's disk, a Director file it does not have) makes the answer "everything".
/// </summary>
public static class MetadataReads
{
    /// <param name="spec">A loaded spec of any kind.</param>
    /// <param name="environment">The project's environment on that node (the <c>${NAME}</c> values of its Director file), may be empty.</param>
    /// <param name="metadata">The metadata keys and values that node holds, as the agent deploys them.</param>
    public static MetadataReadSet Of(Spec spec, IReadOnlyDictionary<string, string> environment, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(metadata);
        return spec switch
        {
            DirectorProjectSpec project => OfProject(project, environment, metadata),
            VmJailSpec vm => OfVm(vm, metadata),
            // The template's output names more keys, but it cannot be known without rendering it.
            AppConfigSpec config => MetadataReadSet.Of([config.AppFrom]),
            MetadataSpec or ReadOnlySpec => MetadataReadSet.None,
            _ => MetadataReadSet.All,
        };
    }

    private static MetadataReadSet OfProject(DirectorProjectSpec spec, IReadOnlyDictionary<string, string> environment, IReadOnlyDictionary<string, string> metadata)
    {
        var collector = new MetadataReadCollector(metadata);
        if (spec.EnvironFromMetadata is { } environ)
        {
            collector.Read(environ);
        }

        var directorFile = spec.ProjectFile;
        if (spec.ProjectFromMetadata is { } key)
        {
            collector.Read(key);
            if (!metadata.TryGetValue(key, out directorFile))
            {
                return MetadataReadSet.All; // The file's text, and so what it reads, is unknown.
            }
        }

        DirectorFileReads.Collect(directorFile ?? "", environment, collector);
        return collector.Result;
    }

    private static MetadataReadSet OfVm(VmJailSpec spec, IReadOnlyDictionary<string, string> metadata)
    {
        var collector = new MetadataReadCollector(metadata);

        // The keys copied into the jail's /metadata are read as much as its Makejail is.
        foreach (var key in spec.EffectiveMetadata())
        {
            collector.Read(key);
        }

        if (spec.MakejailFromMetadata is { } makejailKey)
        {
            collector.UseMakejailKey(makejailKey);
        }
        else if (spec.Makejail is { } makejail)
        {
            collector.UseMakejail(makejail);
        }

        return collector.Result;
    }
}
