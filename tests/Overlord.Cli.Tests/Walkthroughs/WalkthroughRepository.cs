using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// The operator's side of a GitOps walkthrough: a bare repository on disk (<see cref="Origin"/>), a working clone to
/// commit and push from with an identity of its own, and the real <c>overlord</c> executable run in the folder.
/// </summary>
internal sealed class WalkthroughRepository : IDisposable
{
    /// <summary>Where git has no user configured: no global or system config for the nodes' git.</summary>
    public static readonly Dictionary<string, string> BareGit = new() { ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_CONFIG_NOSYSTEM"] = "1", ["EMAIL"] = "" };

    private static readonly Dictionary<string, string> Identity = new()
    {
        ["GIT_AUTHOR_NAME"] = "Operator",
        ["GIT_AUTHOR_EMAIL"] = "op@example.org",
        ["GIT_COMMITTER_NAME"] = "Operator",
        ["GIT_COMMITTER_EMAIL"] = "op@example.org",
    };

    public WalkthroughRepository(string name)
    {
        Folder = new TempDirectory(name);
    }

    public TempDirectory Folder { get; }

    public string Origin => Folder.Combine("origin.git");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async Task InitAsync()
    {
        await GitAsync(Folder.Path, "init", "-q", "--bare", "-b", "main", Origin);
        await GitAsync(Folder.Path, "clone", "-q", Origin, "work");
    }

    /// <summary>Writes the files in the working clone, commits and pushes them; the new commit.</summary>
    public async Task<string> PushAsync(string message, params (string Path, string Text)[] files)
    {
        var work = Folder.Combine("work");
        foreach (var (path, text) in files)
        {
            Folder.Write(Path.Combine("work", path), text);
        }

        await GitAsync(work, "add", "-A");
        await GitAsync(work, "commit", "-q", "-m", message);
        await GitAsync(work, "push", "-q", "origin", "HEAD:main");
        return (await GitAsync(work, "rev-parse", "HEAD")).StdOut.Trim();
    }

    /// <summary>As <see cref="PushAsync"/>, the commit signed with <paramref name="key"/>.</summary>
    public async Task<string> PushSignedAsync(CommitSigningKey key, string message, params (string Path, string Text)[] files)
    {
        var work = Folder.Combine("work");
        foreach (var (path, text) in files)
        {
            Folder.Write(Path.Combine("work", path), text);
        }

        await key.CommitAsync(work, message, Token);
        await GitAsync(work, "push", "-q", "origin", "HEAD:main");
        return (await GitAsync(work, "rev-parse", "HEAD")).StdOut.Trim();
    }

    /// <summary>The agent's git note on a commit as the origin has it (its lines), or an empty list.</summary>
    public async Task<IReadOnlyList<string>> NoteLinesAsync(string commit)
    {
        var result = await ToolRunner.RunAsync(
            "git", ["--git-dir", Origin, "notes", "--ref=overlord", "show", commit], new ToolRunOptions { Environment = Identity, Timeout = TimeSpan.FromSeconds(60) }, Token);
        return result.ExitCode == 0 ? result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
    }

    public static async Task<ToolResult> GitAsync(string directory, params string[] args)
    {
        var result = await ToolRunner.RunAsync("git", args, new ToolRunOptions { WorkingDirectory = directory, Environment = Identity, Timeout = TimeSpan.FromSeconds(60) }, Token);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', args)}: {result.StdErr}");
        return result;
    }

    public async Task<ToolResult> OverlordAsync(Dictionary<string, string> environment, params string[] args) =>
        await ToolRunner.RunAsync(RepositoryLayout.OverlordExecutable, args, new ToolRunOptions
        {
            WorkingDirectory = Folder.Path,
            Environment = environment,
            Timeout = TimeSpan.FromSeconds(60),
        }, Token);

    public void Dispose() => Folder.Dispose();
}
