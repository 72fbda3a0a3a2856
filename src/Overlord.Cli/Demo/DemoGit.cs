using LibGit2Sharp;
using Overlord.Agent.Git;
using Overlord.Core;

namespace Overlord.Cli.Demo;

/// <summary>
/// The git work of the demo, through libgit2 (LibGit2Sharp) as the agent's is, so the demo needs no git executable:
/// a bare repository seeded from the example folder, and the note the agent writes on the commit. The commit carries
/// a demo identity of its own, so nothing of the user's git config (identity, signing, hooks) takes part.
/// </summary>
internal static class DemoGit
{
    public const string Branch = "main";

    private static readonly Signature Demo = new("Overlord Demo", "demo@overlord.invalid", DateTimeOffset.Now);

    /// <summary>The libgit2 in use (<c>libgit2 1.8.6 (bundled; ...)</c>); a machine without one exits 69 (EX_UNAVAILABLE).</summary>
    public static Task<string> VersionAsync(CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                try
                {
                    return "libgit2 " + LibGit2NativeLibrary.Describe();
                }
                catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException)
                {
                    throw new OverlordException("libgit2 cannot be loaded; on FreeBSD: pkg install libgit2", ExitCodes.Unavailable);
                }
            },
            cancellationToken);

    /// <summary>Creates the bare repository and commits a copy of the examples to its branch; returns the commit.</summary>
    public static Task<string> SeedAsync(string examples, string bareRepository, string workFolder, CancellationToken cancellationToken) =>
        Task.Run(() => Guard("seed the demo repository", () =>
        {
            Repository.Init(bareRepository, isBare: true);
            FolderCopy.Copy(examples, workFolder);
            using var repository = new Repository(bareRepository);
            var tree = new TreeDefinition();
            foreach (var file in Directory.EnumerateFiles(workFolder, "*", SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(workFolder, file).Replace(Path.DirectorySeparatorChar, '/');
                var executable = !OperatingSystem.IsWindows() && File.GetUnixFileMode(file).HasFlag(UnixFileMode.UserExecute);
                tree.Add(path, repository.ObjectDatabase.CreateBlob(file), executable ? Mode.ExecutableFile : Mode.NonExecutableFile);
            }

            var commit = repository.ObjectDatabase.CreateCommit(
                Demo, Demo, "Seed from examples-repo\n", repository.ObjectDatabase.CreateTree(tree), [], prettifyMessage: false);
            repository.Refs.Add($"refs/heads/{Branch}", commit.Id);
            repository.Refs.UpdateTarget("HEAD", $"refs/heads/{Branch}");
            return commit.Sha;
        }), cancellationToken);

    /// <summary>The note on the commit under the notes ref, or null while there is none.</summary>
    public static Task<string?> NoteAsync(string bareRepository, string notesRef, string commit, CancellationToken cancellationToken) =>
        Task.Run(() => Guard("read the demo's notes", () =>
        {
            using var repository = new Repository(bareRepository);
            // The notes ref is named: LibGit2Sharp's lookup without one first asks libgit2 for the default notes ref.
            return repository.Notes[NotesNamespace(notesRef), new ObjectId(commit)]?.Message;
        }), cancellationToken);

    // LibGit2Sharp names a notes ref by what follows refs/notes/.
    private static string NotesNamespace(string notesRef) =>
        notesRef.StartsWith("refs/notes/", StringComparison.Ordinal) ? notesRef["refs/notes/".Length..] : notesRef;

    private static T Guard<T>(string what, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (LibGit2SharpException exception)
        {
            throw new OverlordException($"cannot {what}: {exception.Message}", ExitCodes.Unavailable);
        }
    }
}
