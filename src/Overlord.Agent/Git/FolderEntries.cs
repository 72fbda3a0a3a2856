using LibGit2Sharp;

namespace Overlord.Agent.Git;

/// <summary>
/// The entries of the folders from which many files are read, each folder listed once. Looking a path up in a tree
/// loads its folder again for every path: ten thousand specs in one folder made that ten thousand loads of a
/// ten-thousand-entry folder. Folders with few of the paths are left to the plain lookup.
/// </summary>
internal sealed class FolderEntries
{
    private const int ListedFrom = 16;

    private readonly Dictionary<string, Dictionary<string, TreeEntry>?> _folders = new(StringComparer.Ordinal);

    public FolderEntries(Tree root, IReadOnlyList<string> paths)
    {
        foreach (var folder in paths.GroupBy(FolderOf, StringComparer.Ordinal).Where(group => group.Count() >= ListedFrom).Select(group => group.Key))
        {
            var tree = folder.Length == 0 ? root : root[folder]?.Target as Tree;
            _folders[folder] = tree?.ToDictionary(entry => entry.Name, StringComparer.Ordinal);
        }
    }

    /// <summary>The entry of <paramref name="path"/> in a listed folder; null when its folder was not listed or has no such entry.</summary>
    public TreeEntry? Find(string path) =>
        _folders.TryGetValue(FolderOf(path), out var entries) && entries is not null && entries.TryGetValue(NameOf(path), out var entry) ? entry : null;

    private static string FolderOf(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "";

    private static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];
}
