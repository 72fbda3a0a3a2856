using System.Text;

namespace Overlord.Agent.Git;

public sealed partial class GitCli
{
    /// <summary>
    /// Paths changed from <paramref name="from"/> to <paramref name="to"/>, optionally limited to pathspecs.
    /// A null <paramref name="from"/> means the empty tree, so the first sync sees every file as added.
    /// Renames come out as a deletion plus an addition.
    /// </summary>
    public async Task<IReadOnlyList<FileChange>> DiffNameStatusAsync(
        string? from, string to, IReadOnlyList<string>? pathspecs, CancellationToken cancellationToken)
    {
        var start = from ?? EmptyTreeSha;
        RequireRevision(start);
        RequireRevision(to);
        var output = await RunCheckedAsync(
            ["diff", "--name-status", "-z", "--no-renames", "--no-relative", "--no-ext-diff", start, to, "--", .. pathspecs ?? []],
            cancellationToken);
        return NameStatusParser.Parse(output);
    }

    /// <summary>Every file path of a revision, recursively, relative to the repository root.</summary>
    public async Task<IReadOnlyList<string>> ListFilesAsync(string revision, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        var output = await RunCheckedAsync(["ls-tree", "-r", "-z", "--name-only", "--full-tree", revision], cancellationToken);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The bytes of <c>revision:path</c>, or null when the path does not exist in that revision.</summary>
    public async Task<byte[]?> ShowFileAsync(string revision, string path, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        string[] arguments = ["show", "--no-textconv", $"{revision}:{path}"];
        var result = await RunForBytesAsync(arguments, null, cancellationToken);
        if (result.Succeeded)
        {
            return result.StdOut;
        }

        var missing = result.StdErr.Contains("does not exist in", StringComparison.Ordinal)
            || result.StdErr.Contains("exists on disk, but not in", StringComparison.Ordinal);
        return missing ? null : throw Failure(arguments, result.ExitCode, result.StdErr);
    }

    /// <summary>The UTF-8 text of <c>revision:path</c>, or null when the path does not exist in that revision.</summary>
    public async Task<string?> ShowTextAsync(string revision, string path, CancellationToken cancellationToken) =>
        await ShowFileAsync(revision, path, cancellationToken) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>
    /// Reads many files of one revision with a single <c>git cat-file --batch</c>, so ten thousand files cost one
    /// process, not ten thousand. The answer keeps the order of <paramref name="paths"/>.
    /// </summary>
    public async Task<IReadOnlyList<GitFileContent>> ReadFilesAsync(
        string revision, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (paths.Count == 0)
        {
            return [];
        }

        var tree = await RevParseAsync(revision + "^{tree}", cancellationToken)
            ?? throw new GitException($"git rev-parse {revision}^{{tree}}", 1, "unknown revision");

        // The batch protocol is line based, so a path with a newline is read on its own.
        var batched = paths.Where(path => !path.Contains('\n', StringComparison.Ordinal)).ToList();
        var input = new StringBuilder();
        foreach (var path in batched)
        {
            input.Append(tree).Append(':').Append(path).Append('\n');
        }

        string[] arguments = ["cat-file", "--batch"];
        var result = await RunForBytesAsync(arguments, input.ToString(), cancellationToken);
        if (!result.Succeeded)
        {
            throw Failure(arguments, result.ExitCode, result.StdErr);
        }

        var found = new Dictionary<string, GitFileContent>(StringComparer.Ordinal);
        foreach (var file in CatFileBatchParser.Parse(result.StdOut, batched))
        {
            found[file.Path] = file;
        }

        var files = new List<GitFileContent>(paths.Count);
        foreach (var path in paths)
        {
            files.Add(found.TryGetValue(path, out var file) ? file : new GitFileContent(path, await ShowFileAsync(tree, path, cancellationToken)));
        }

        return files;
    }
}
