using System.Text;
using LibGit2Sharp;

namespace Overlord.Agent.Git;

public sealed partial class GitRepository
{
    // The rename and copy detection of libgit2 stays off: a rename is a deletion plus an addition here.
    private static readonly CompareOptions PlainCompare = new() { Similarity = SimilarityOptions.None, IncludeUnmodified = false };

    /// <summary>
    /// Paths changed from <paramref name="from"/> to <paramref name="to"/>, optionally limited to pathspecs.
    /// A null <paramref name="from"/> means the empty tree, so the first sync sees every file as added.
    /// Renames come out as a deletion plus an addition.
    /// </summary>
    public Task<IReadOnlyList<FileChange>> DiffNameStatusAsync(
        string? from, string to, IReadOnlyList<string>? pathspecs, CancellationToken cancellationToken)
    {
        if (from is not null)
        {
            RequireRevision(from);
        }

        RequireRevision(to);
        return RunAsync<IReadOnlyList<FileChange>>(
            $"diff --name-status {from ?? "(empty tree)"} {to} -- {string.Join(' ', pathspecs ?? [])}",
            repository =>
            {
                var oldTree = from is null ? null : RequireTree(repository, from);
                var newTree = RequireTree(repository, to);
                var wanted = new GitPathspec(pathspecs ?? []);
                using var changes = repository.Diff.Compare<TreeChanges>(oldTree, newTree, PlainCompare);
                return [.. changes.SelectMany(ToFileChanges).Where(change => wanted.Matches(change.Path))];
            },
            cancellationToken);
    }

    /// <summary>
    /// The changes of <paramref name="changes"/> (a whole diff) that <paramref name="pathspecs"/> keep: the same list as
    /// <see cref="DiffNameStatusAsync"/> with those pathspecs, without comparing the trees again.
    /// </summary>
    public static IReadOnlyList<FileChange> Limit(IReadOnlyList<FileChange> changes, IReadOnlyList<string> pathspecs)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var wanted = new GitPathspec(pathspecs);
        return [.. changes.Where(change => wanted.Matches(change.Path))];
    }

    /// <summary>Every file path of a revision, recursively, relative to the repository root.</summary>
    public Task<IReadOnlyList<string>> ListFilesAsync(string revision, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        return RunAsync<IReadOnlyList<string>>(
            $"ls-tree -r --name-only {revision}",
            repository => [.. Files(RequireTree(repository, revision)).Select(entry => entry.Path.Replace('\\', '/'))],
            cancellationToken);
    }

    /// <summary>The bytes of <c>revision:path</c>, or null when the path is not a file in that revision.</summary>
    public Task<byte[]?> ShowFileAsync(string revision, string path, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        return RunAsync($"show {revision}:{path}", repository => ReadBlob(RequireTree(repository, revision), path), cancellationToken);
    }

    /// <summary>The UTF-8 text of <c>revision:path</c>, or null when the path does not exist in that revision.</summary>
    public async Task<string?> ShowTextAsync(string revision, string path, CancellationToken cancellationToken) =>
        await ShowFileAsync(revision, path, cancellationToken) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Reads many files of one revision with the repository opened once. The answer keeps the order of <paramref name="paths"/>.</summary>
    public Task<IReadOnlyList<GitFileContent>> ReadFilesAsync(
        string revision, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        if (paths.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<GitFileContent>>([]);
        }

        return RunAsync<IReadOnlyList<GitFileContent>>(
            $"cat-file --batch ({paths.Count} paths of {revision})",
            repository =>
            {
                var tree = RequireTree(repository, revision);
                var folders = new FolderEntries(tree, paths);
                return [.. paths.Select(path => new GitFileContent(path, folders.Find(path) is { } entry ? ReadBlob(entry) : ReadBlob(tree, path)))];
            },
            cancellationToken);
    }

    private static IEnumerable<FileChange> ToFileChanges(TreeEntryChanges change) => change.Status switch
    {
        ChangeKind.Added or ChangeKind.Copied => [new FileChange(FileChangeKind.Added, change.Path)],
        ChangeKind.Deleted => [new FileChange(FileChangeKind.Deleted, change.Path)],
        ChangeKind.Modified => [new FileChange(FileChangeKind.Modified, change.Path)],
        ChangeKind.TypeChanged => [new FileChange(FileChangeKind.TypeChanged, change.Path)],
        ChangeKind.Conflicted => [new FileChange(FileChangeKind.Unmerged, change.Path)],
        ChangeKind.Renamed => [new FileChange(FileChangeKind.Deleted, change.OldPath), new FileChange(FileChangeKind.Added, change.Path)],
        _ => [new FileChange(FileChangeKind.Unknown, change.Path)],
    };

    // Every entry that is not a folder, in tree order (as git ls-tree -r lists them, submodule links included).
    private static IEnumerable<TreeEntry> Files(Tree tree)
    {
        foreach (var entry in tree)
        {
            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                foreach (var inner in Files((Tree)entry.Target))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return entry;
            }
        }
    }

    private static byte[]? ReadBlob(Tree tree, string path) => tree[path] is { } entry ? ReadBlob(entry) : null;

    private static byte[]? ReadBlob(TreeEntry entry)
    {
        if (entry.Target is not Blob blob)
        {
            return null;
        }

        using var content = blob.GetContentStream();
        using var buffer = new MemoryStream(checked((int)blob.Size));
        content.CopyTo(buffer);
        return buffer.ToArray();
    }

    // The tree of a revision (a commit, a tag or a tree sha); an unknown revision is an error, as for git.
    private static Tree RequireTree(Repository repository, string revision) =>
        repository.Lookup<Tree>(revision + "^{tree}")
            ?? throw new NotFoundException($"unknown revision '{revision}'");
}
