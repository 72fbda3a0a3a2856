using System.Diagnostics.CodeAnalysis;

namespace Overlord.Client.Tree;

/// <summary>The URL names of <see cref="TreeResource"/> (<c>projects/logs</c> ...), both ways.</summary>
public static class TreeResources
{
    private static readonly Dictionary<TreeResource, string> Paths = new()
    {
        [TreeResource.Labels] = "labels",
        [TreeResource.Chains] = "chains",
        [TreeResource.Projects] = "projects",
        [TreeResource.Jails] = "jails",
        [TreeResource.Stats] = "stats",
        [TreeResource.Metadata] = "metadata",
        [TreeResource.Namespaces] = "namespaces",
        [TreeResource.ProjectsLogs] = "projects/logs",
        [TreeResource.JailsLogs] = "jails/logs",
        [TreeResource.Autoscale] = "autoscale",
        [TreeResource.Vm] = "vm",
    };

    private static readonly Dictionary<string, TreeResource> ByPath =
        Paths.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The route part after <c>/v1/tree/</c>.</summary>
    public static string ToPath(this TreeResource resource) =>
        Paths.TryGetValue(resource, out var path) ? path : throw new ArgumentOutOfRangeException(nameof(resource), resource, "unknown tree resource");

    /// <summary>Reads a route part such as <c>jails/logs</c>; false for anything else.</summary>
    public static bool TryParse(string? path, [NotNullWhen(true)] out TreeResource? resource)
    {
        if (path is not null && ByPath.TryGetValue(path.Trim('/'), out var found))
        {
            resource = found;
            return true;
        }

        resource = null;
        return false;
    }
}
