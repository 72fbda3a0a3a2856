using Overlord.Platform.Processes;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>Runs a fake tool directly (as a shell would, with the toolbox's environment).</summary>
internal static class FakeToolsShell
{
    public static Task<ToolResult> RunAsync(FakeToolbox tools, string tool, params string[] arguments) =>
        ToolRunner.RunAsync(
            Path.Combine(tools.BinDirectory, tool),
            arguments,
            new ToolRunOptions { Environment = tools.Environment, Timeout = TimeSpan.FromMinutes(1) },
            TestContext.Current.CancellationToken);
}
