using System.Text;
using Overlord.Platform.Processes;

namespace Overlord.Agent.Tests.Support;

/// <summary>
/// Writes a commit with many files straight into a repository with <c>git fast-import</c>: one process and no
/// work tree, so a test with thousands of files stays fast on a slow disk.
/// </summary>
public static class FastImport
{
    public static async Task CommitAsync(string repositoryPath, string branch, IReadOnlyDictionary<string, string> files, CancellationToken cancellationToken)
    {
        var stream = new StringBuilder();
        stream.Append($"commit refs/heads/{branch}\n");
        stream.Append("committer Test Author <author@example.test> 1700000000 +0000\n");
        AppendData(stream, "many files");
        foreach (var (path, content) in files)
        {
            stream.Append($"M 100644 inline {path}\n");
            AppendData(stream, content);
        }

        stream.Append("done\n");
        var options = new ToolRunOptions
        {
            Environment = new Dictionary<string, string> { ["GIT_DIR"] = repositoryPath },
            StandardInput = stream.ToString(),
            Timeout = TimeSpan.FromMinutes(1),
        };
        var result = await ToolRunner.RunAsync("git", ["fast-import", "--quiet", "--done"], options, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"git fast-import failed: {result.StdErr}");
        }
    }

    private static void AppendData(StringBuilder stream, string content) =>
        stream.Append($"data {Encoding.UTF8.GetByteCount(content)}\n{content}\n");
}
