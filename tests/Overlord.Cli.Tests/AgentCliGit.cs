using Overlord.Platform.Processes;

namespace Overlord.Cli.Tests;

/// <summary>A bare origin and a clone that pushes to it, for the agent commands' tests (identity passed explicitly).</summary>
internal sealed class AgentCliGit
{
    private static readonly Dictionary<string, string> Identity = new()
    {
        ["GIT_AUTHOR_NAME"] = "Cli Tester",
        ["GIT_AUTHOR_EMAIL"] = "cli@example.test",
        ["GIT_COMMITTER_NAME"] = "Cli Tester",
        ["GIT_COMMITTER_EMAIL"] = "cli@example.test",
        ["GIT_TERMINAL_PROMPT"] = "0",
    };

    public AgentCliGit(string root)
    {
        Origin = Path.Combine(root, "origin.git");
        Work = Path.Combine(root, "work");
    }

    public string Origin { get; }

    public string Work { get; }

    public async Task InitAsync()
    {
        await RunAsync(Path.GetDirectoryName(Origin)!, "init", "--quiet", "--bare", Origin);
        await RunAsync(Path.GetDirectoryName(Origin)!, "clone", "--quiet", Origin, Work);
    }

    /// <summary>Writes the files (null deletes), commits, pushes to main and returns the sha.</summary>
    public async Task<string> CommitAsync(params (string Path, string? Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(Work, path);
            if (content is null)
            {
                File.Delete(full);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, content, TestContext.Current.CancellationToken);
            }
        }

        await RunAsync(Work, "add", "--all");
        await RunAsync(Work, "commit", "--quiet", "--allow-empty", "-m", "change");
        await RunAsync(Work, "push", "--quiet", "origin", "HEAD:refs/heads/main");
        return await RunAsync(Work, "rev-parse", "HEAD");
    }

    /// <summary>The JSON lines of the agent's note on a commit, as pushed to origin; none while it has no note.</summary>
    public async Task<IReadOnlyList<System.Text.Json.JsonElement>> NoteLinesAsync(string commit)
    {
        var options = new ToolRunOptions { WorkingDirectory = Origin, Environment = Identity, Timeout = TimeSpan.FromMinutes(1) };
        var result = await ToolRunner.RunAsync("git", ["notes", "--ref=refs/notes/overlord", "show", commit], options, TestContext.Current.CancellationToken);
        return result.Succeeded
            ? result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement).ToList()
            : [];
    }

    private static async Task<string> RunAsync(string directory, params string[] arguments)
    {
        var options = new ToolRunOptions { WorkingDirectory = directory, Environment = Identity, Timeout = TimeSpan.FromMinutes(1) };
        var result = await ToolRunner.RunAsync("git", ["-c", "init.defaultBranch=main", "-c", "core.hooksPath=/dev/null", .. arguments], options, TestContext.Current.CancellationToken);
        return result.Succeeded ? result.StdOut.Trim() : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {result.StdErr}");
    }
}
