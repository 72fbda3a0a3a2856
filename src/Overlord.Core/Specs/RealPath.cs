namespace Overlord.Core.Specs;

/// <summary>Resolves symbolic links in every component of a path, as Python's os.path.realpath does.</summary>
internal static class RealPath
{
    private const int MaxLinks = 40;

    public static string Of(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var links = 0;
        var pending = new Queue<string>(fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        while (pending.Count > 0)
        {
            var next = Path.Combine(current, pending.Dequeue());
            if (new FileInfo(next).LinkTarget is not { } target || ++links > MaxLinks)
            {
                current = next;
                continue;
            }

            // Restart from the link's target, then walk the components that were still left.
            var resolved = Path.GetFullPath(target, current);
            var rest = pending.ToArray();
            var targetRoot = Path.GetPathRoot(resolved) ?? "/";
            pending = new Queue<string>(resolved[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
            current = targetRoot;
        }

        return current;
    }
}
