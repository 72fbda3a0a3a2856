using System.Text;
using Overlord.Platform.Processes;

namespace Overlord.Runtime.Tests;

/// <summary>ToolRunner's one run, read as text or as bytes (it lives in Overlord.Platform, tested here with its users).</summary>
public sealed class ToolRunnerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bytes_keep_what_text_decoding_would_replace()
    {
        string[] arguments = ["-c", @"printf '\377\000A'; printf 'oops' >&2; exit 3"];

        var bytes = await ToolRunner.RunForBytesAsync("/bin/sh", arguments, null, Token);
        var text = await ToolRunner.RunAsync("/bin/sh", arguments, null, Token);

        Assert.Equal([0xFF, 0x00, (byte)'A'], bytes.StdOut);
        Assert.Equal("\uFFFD\0A", text.StdOut);
        Assert.Equal((3, "oops"), (bytes.ExitCode, bytes.StdErr));
        Assert.Equal((3, "oops"), (text.ExitCode, text.StdErr));
    }

    [Fact]
    public async Task Input_is_given_then_closed_in_both_readings()
    {
        var options = new ToolRunOptions { StandardInput = "héllo" };

        var bytes = await ToolRunner.RunForBytesAsync("cat", [], options, Token);
        var text = await ToolRunner.RunAsync("cat", [], options, Token);

        Assert.Equal("héllo", Encoding.UTF8.GetString(bytes.StdOut));
        Assert.Equal("héllo", text.StdOut);
    }

    [Fact]
    public async Task A_tool_past_its_time_limit_is_stopped_and_reported()
    {
        var options = new ToolRunOptions { Timeout = TimeSpan.FromMilliseconds(200), StopGrace = TimeSpan.Zero };

        var result = await ToolRunner.RunForBytesAsync("sleep", ["60"], options, Token);

        Assert.Equal(ToolRunner.TimedOutExitCode, result.ExitCode);
        Assert.Contains("sleep: killed after", result.StdErr, StringComparison.Ordinal);
    }
}
