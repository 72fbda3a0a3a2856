using System.ComponentModel;
using Overlord.Core;
using Overlord.Runtime.Processes;

namespace Overlord.Cli.Demo;

/// <summary>
/// The git work of the demo, through the git CLI: a bare repository seeded from the example folder, and the note
/// the agent writes on the commit. Commits carry a demo identity given through the environment, so the demo works
/// where git has no user configured; signing and hooks of the user's config are left out of it.
/// </summary>
internal static class DemoGit
{
    public const string Branch = "main";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["GIT_AUTHOR_NAME"] = "Overlord Demo",
        ["GIT_AUTHOR_EMAIL"] = "demo@overlord.invalid",
        ["GIT_COMMITTER_NAME"] = "Overlord Demo",
        ["GIT_COMMITTER_EMAIL"] = "demo@overlord.invalid",
        ["GIT_TERMINAL_PROMPT"] = "0",
    };

    /// <summary><c>git version 2.47.3</c>; a machine without git exits 69 (EX_UNAVAILABLE).</summary>
    public static async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await RunAsync(null, ["--version"], cancellationToken)).Trim();
        }
        catch (Win32Exception)
        {
            throw new OverlordException("git is not installed (or not on PATH); the demo needs it for its repository", ExitCodes.Unavailable);
        }
    }

    /// <summary>Creates the bare repository, commits a copy of the examples in a work folder, pushes it; returns the commit.</summary>
    public static async Task<string> SeedAsync(string examples, string bareRepository, string workFolder, CancellationToken cancellationToken)
    {
        await RunAsync(null, ["init", "-q", "--bare", bareRepository], cancellationToken);
        await RunAsync(bareRepository, ["symbolic-ref", "HEAD", $"refs/heads/{Branch}"], cancellationToken);
        FolderCopy.Copy(examples, workFolder);
        await RunAsync(null, ["init", "-q", workFolder], cancellationToken);
        await RunAsync(workFolder, ["symbolic-ref", "HEAD", $"refs/heads/{Branch}"], cancellationToken);
        await RunAsync(workFolder, ["add", "-A"], cancellationToken);
        await RunAsync(workFolder, ["-c", "commit.gpgsign=false", "commit", "-q", "--no-verify", "-m", "Seed from examples-repo"], cancellationToken);
        await RunAsync(workFolder, ["push", "-q", "--no-verify", bareRepository, $"HEAD:refs/heads/{Branch}"], cancellationToken);
        return (await RunAsync(workFolder, ["rev-parse", "HEAD"], cancellationToken)).Trim();
    }

    /// <summary>The note on the commit under the notes ref, or null while there is none.</summary>
    public static async Task<string?> NoteAsync(string bareRepository, string notesRef, string commit, CancellationToken cancellationToken)
    {
        var result = await ToolRunner.RunAsync("git", ["notes", $"--ref={notesRef}", "show", commit], Options(bareRepository), cancellationToken);
        return result.Succeeded ? result.StdOut : null;
    }

    private static async Task<string> RunAsync(string? directory, string[] arguments, CancellationToken cancellationToken)
    {
        var result = await ToolRunner.RunAsync("git", arguments, Options(directory), cancellationToken);
        if (!result.Succeeded)
        {
            throw new OverlordException($"git {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.StdErr.Trim()}", ExitCodes.Unavailable);
        }

        return result.StdOut;
    }

    private static ToolRunOptions Options(string? directory) => new() { WorkingDirectory = directory, Environment = Environment, Timeout = Patience };
}
