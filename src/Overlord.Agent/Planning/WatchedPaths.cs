using System.Collections.Concurrent;

namespace Overlord.Agent.Planning;

/// <summary>
/// Which repository paths the agent cares about: spec files (the configured globs) and env files. A configured
/// env file is read by every spec; for a configured bare name (<c>.env</c>) a file of that name in a sub-folder is
/// read by the specs of that folder and below, as the original read <c>.env</c> from the folder it ran in.
/// Nearer files win over farther ones, and configured files come last in their configured order.
/// </summary>
public sealed class WatchedPaths
{
    private readonly IReadOnlyList<PathGlob> _globs;
    private readonly IReadOnlyList<string> _envFiles;
    private readonly HashSet<string> _folderEnvNames;

    // Each sync asks about every file of the repository; the answer for a path never changes.
    private readonly ConcurrentDictionary<string, bool> _isSpec = new(StringComparer.Ordinal);

    public WatchedPaths(IReadOnlyList<string> globs, IReadOnlyList<string> envFiles)
    {
        _globs = globs.Select(glob => new PathGlob(glob)).ToArray();
        _envFiles = envFiles;
        _folderEnvNames = envFiles.Where(file => !file.Contains('/', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Globs => _globs.Select(glob => glob.Text).ToArray();

    public bool IsEnvFile(string path) =>
        _envFiles.Contains(path, StringComparer.Ordinal) || _folderEnvNames.Contains(FileName(path));

    /// <summary>A spec file: matched by a glob and not an env file.</summary>
    public bool IsSpec(string path) => _isSpec.GetOrAdd(path, static (path, paths) => !paths.IsEnvFile(path) && paths._globs.Any(glob => glob.Matches(path)), this);

    /// <summary>The env files a spec reads, among those present, in precedence order (the first one wins).</summary>
    public IReadOnlyList<string> EnvFilesFor(string specPath, IReadOnlySet<string> presentFiles)
    {
        var files = new List<string>();
        var folder = FolderOf(specPath);
        while (folder.Length > 0)
        {
            files.AddRange(_folderEnvNames.Order(StringComparer.Ordinal).Select(name => $"{folder}/{name}").Where(presentFiles.Contains));
            folder = FolderOf(folder);
        }

        files.AddRange(_envFiles.Where(presentFiles.Contains));
        return files.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Whether a change of <paramref name="envPath"/> can change what <paramref name="specPath"/> means.</summary>
    public bool SpecReads(string specPath, string envPath)
    {
        if (_envFiles.Contains(envPath, StringComparer.Ordinal))
        {
            return true;
        }

        var envFolder = FolderOf(envPath);
        return _folderEnvNames.Contains(FileName(envPath)) && specPath.StartsWith(envFolder + "/", StringComparison.Ordinal);
    }

    /// <summary>Pathspecs for git that cover every watched path (git's globs still enter dot folders: <see cref="IsSpec"/> decides).</summary>
    public IReadOnlyList<string> Pathspecs(IEnumerable<string> extraPaths) =>
    [
        .. _globs.Select(glob => ":(glob)" + glob.Text),
        .. _envFiles.Select(file => ":(literal)" + file),
        .. _folderEnvNames.Select(name => ":(glob)**/" + name),
        .. extraPaths.Select(path => ":(literal)" + path),
    ];

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string FolderOf(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : string.Empty;
}
