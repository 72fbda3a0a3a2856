using Overlord.Cli.Commands;
using Overlord.Cli.Output;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary><c>--help</c> of the built executable says what an option takes, and lists each flag once (issue 10).</summary>
public sealed class HelpExecutableTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-help");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Get_info_help_lists_every_type_and_jail_item()
    {
        var help = await OverlordExecutable.RunAsync(_folder.Path, "get-info", "--help");

        Assert.Equal(ExitCodes.Ok, help.ExitCode);
        var type = Assert.Single(OverlordExecutable.Lines(help.StdOut), line => line.TrimStart().StartsWith("-t, --type", StringComparison.Ordinal));
        Assert.EndsWith("What to show: " + string.Join(", ", GetInfoCommand.Types), type, StringComparison.Ordinal);
        Assert.Contains("(repeatable): " + string.Join(", ", JailsInfoView.AllItems), help.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_jail_log_help_lists_dash_e_once_for_the_entity()
    {
        var help = await OverlordExecutable.RunAsync(_folder.Path, "get-jail-log", "--help");

        Assert.Equal(ExitCodes.Ok, help.ExitCode);
        var lines = OverlordExecutable.Lines(help.StdOut);
        Assert.Single(lines, line => line.Contains("-e,", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("  -e, --entity <ENTITY> (REQUIRED)", StringComparison.Ordinal));
        var envFile = Assert.Single(lines, line => line.Contains("--env-file", StringComparison.Ordinal));
        Assert.Matches(@"^  --env-file <FILE> {2,}Read variables from FILE", envFile);
    }

    [Fact]
    public async Task Other_commands_still_list_dash_e_for_the_env_file()
    {
        var help = await OverlordExecutable.RunAsync(_folder.Path, "get-project-log", "--help");

        Assert.Contains(OverlordExecutable.Lines(help.StdOut), line => line.StartsWith("  -e, --env-file <FILE>", StringComparison.Ordinal));
    }
}
