using Overlord.Cli.Commands;
using Overlord.Core;

namespace Overlord.Cli.Tests;

/// <summary>The original's supervisord programs, run from a carried-over configuration, explain where they went.</summary>
public sealed class FoldedDaemonCommandTests
{
    [Theory]
    [InlineData("poll-jail-stats")]
    [InlineData("watch-commands")]
    [InlineData("poll-autoscale")]
    public async Task A_folded_daemon_exits_64_naming_serve(string name)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await OverlordCommandLine.RunAsync([name], output, error);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal(FoldedDaemonCommands.Explanation(name) + Environment.NewLine, error.ToString());
        Assert.Contains("'overlord serve'", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Poll_jail_extras_accepts_the_original_item_flags()
    {
        using var error = new StringWriter();

        var code = await OverlordCommandLine.RunAsync(["poll-jail-extras", "--item", "cpuset", "--item", "label"], TextWriter.Null, error);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("overlord: poll-jail-extras is part of", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_item_is_a_usage_error_from_the_parser()
    {
        using var error = new StringWriter();

        var code = await OverlordCommandLine.RunAsync(["poll-jail-extras", "--item", "bogus"], TextWriter.Null, error);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("bogus", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folded_daemons_stay_out_of_the_help()
    {
        using var output = new StringWriter();

        await OverlordCommandLine.RunAsync(["--help"], output, TextWriter.Null);

        Assert.DoesNotContain("poll-jail-stats", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("serve", output.ToString(), StringComparison.Ordinal);
    }
}
