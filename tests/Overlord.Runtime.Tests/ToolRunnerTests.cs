using Overlord.Platform.Processes;

namespace Overlord.Runtime.Tests;

/// <summary>ToolRunner (it lives in Overlord.Platform, tested here with its users).</summary>
public sealed class ToolRunnerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Input_is_given_then_closed()
    {
        var options = new ToolRunOptions { StandardInput = "héllo" };

        var result = await ToolRunner.RunAsync("cat", [], options, Token);

        Assert.Equal((0, "héllo"), (result.ExitCode, result.StdOut));
    }

    [Fact]
    public async Task Output_error_and_exit_code_are_kept_apart()
    {
        var result = await ToolRunner.RunAsync("/bin/sh", ["-c", "printf out; printf oops >&2; exit 3"], null, Token);

        Assert.Equal((3, "out", "oops"), (result.ExitCode, result.StdOut, result.StdErr));
    }

    [Fact]
    public async Task A_tool_past_its_time_limit_is_stopped_and_reported()
    {
        var options = new ToolRunOptions { Timeout = TimeSpan.FromMilliseconds(200), StopGrace = TimeSpan.Zero };

        var result = await ToolRunner.RunAsync("sleep", ["60"], options, Token);

        Assert.Equal(ToolRunner.TimedOutExitCode, result.ExitCode);
        Assert.Contains("sleep: killed after", result.StdErr, StringComparison.Ordinal);
    }
}
