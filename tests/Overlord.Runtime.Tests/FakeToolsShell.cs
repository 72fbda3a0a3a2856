using System.Diagnostics;
using Overlord.Runtime.Processes;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>Runs a fake tool directly (as a shell would, with the toolbox's environment) and waits for conditions.</summary>
internal static class FakeToolsShell
{
    public static Task<ToolResult> RunAsync(FakeToolbox tools, string tool, params string[] arguments) =>
        ToolRunner.RunAsync(
            Path.Combine(tools.BinDirectory, tool),
            arguments,
            new ToolRunOptions { Environment = tools.Environment, Timeout = TimeSpan.FromMinutes(1) },
            TestContext.Current.CancellationToken);

    /// <summary>Polls <paramref name="condition"/> until it holds, for at most 30 seconds.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "condition not met within 30 s");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
