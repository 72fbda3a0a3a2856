using Overlord.Platform.Processes;

namespace Overlord.Agent.Tests.Support;

/// <summary>The test's own git commands (making origins, committing, pushing), with an identity in the environment.</summary>
public static class TestGit
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["GIT_AUTHOR_NAME"] = "Test Author",
        ["GIT_AUTHOR_EMAIL"] = "author@example.test",
        ["GIT_COMMITTER_NAME"] = "Test Author",
        ["GIT_COMMITTER_EMAIL"] = "author@example.test",
        ["GIT_TERMINAL_PROMPT"] = "0",
        ["LC_ALL"] = "C",
    };

    public static async Task<string> RunAsync(string workingDirectory, params string[] arguments)
    {
        var options = new ToolRunOptions { WorkingDirectory = workingDirectory, Environment = Environment, Timeout = TimeSpan.FromMinutes(1) };
        var result = await ToolRunner.RunAsync("git", ["-c", "init.defaultBranch=main", "-c", "core.hooksPath=/dev/null", .. arguments], options, TestContext.Current.CancellationToken);
        return result.Succeeded
            ? result.StdOut.TrimEnd('\n')
            : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {result.StdErr}");
    }
}
