using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>The built <c>overlord</c> run as a script runs it: a real process, its exit code and both streams.</summary>
internal static class OverlordExecutable
{
    public static Task<ToolResult> RunAsync(string workingDirectory, params string[] args) =>
        ToolRunner.RunAsync(
            RepositoryLayout.OverlordExecutable,
            args,
            new ToolRunOptions
            {
                WorkingDirectory = workingDirectory,
                Environment = new Dictionary<string, string> { ["OVERLORD_CONFIG"] = "" },
                Timeout = TimeSpan.FromSeconds(120),
            },
            TestContext.Current.CancellationToken);

    /// <summary><c>overlord gen-token --config FILE [OPTIONS]</c>, run in the config's folder: a token of that node, as its operator makes one.</summary>
    public static async Task<string> GenTokenAsync(string configFile, params string[] options)
    {
        var result = await RunAsync(Path.GetDirectoryName(configFile)!, ["gen-token", "--config", configFile, .. options]);
        Assert.True(result.ExitCode == 0, $"gen-token: {result.StdErr}");
        return result.StdOut.Trim();
    }

    /// <summary>The lines of a stream, without the last empty one.</summary>
    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
