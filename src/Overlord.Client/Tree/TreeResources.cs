using System.Diagnostics.CodeAnalysis;

namespace Overlord.Client.Tree;

/// <summary>The URL names of <see cref="TreeResource"/> (<c>projects/logs</c> ...), both ways.</summary>
public static class TreeResources
{
    // A switch and a plain array rather than dictionaries keyed by the enum: a generic collection over one of our
    // enums has no precompiled code in a framework-dependent ReadyToRun build, and get-info paid the JIT of some
    // thirty of its methods on every start (issue 14.4).
    private static readonly TreeResource[] All = Enum.GetValues<TreeResource>();

    /// <summary>The route part after <c>/v1/tree/</c>.</summary>
    public static string ToPath(this TreeResource resource) => resource switch
    {
        TreeResource.Labels => "labels",
        TreeResource.Chains => "chains",
        TreeResource.Projects => "projects",
        TreeResource.Jails => "jails",
        TreeResource.Stats => "stats",
        TreeResource.Metadata => "metadata",
        TreeResource.Namespaces => "namespaces",
        TreeResource.ProjectsLogs => "projects/logs",
        TreeResource.JailsLogs => "jails/logs",
        TreeResource.Autoscale => "autoscale",
        TreeResource.Vm => "vm",
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "unknown tree resource"),
    };

    /// <summary>Reads a route part such as <c>jails/logs</c>; false for anything else.</summary>
    public static bool TryParse(string? path, [NotNullWhen(true)] out TreeResource? resource)
    {
        var trimmed = path?.Trim('/');
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToPath(), trimmed, StringComparison.Ordinal))
            {
                resource = candidate;
                return true;
            }
        }

        resource = null;
        return false;
    }
}
