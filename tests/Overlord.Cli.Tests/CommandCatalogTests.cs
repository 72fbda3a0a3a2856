using Overlord.Cli.Commands;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>A command line that names a command builds that command alone, and the names it goes by are the commands' own.</summary>
public sealed class CommandCatalogTests
{
    [Fact]
    public void The_catalog_names_every_command_as_the_command_names_itself_in_help_order()
    {
        Assert.Equal(CommandCatalog.Create().Select(command => command.Name), CommandCatalog.Names);
    }

    [Theory]
    [InlineData("version")]
    [InlineData("print-spec")]
    [InlineData("get-info")]
    [InlineData("get-jail-log")]
    [InlineData("poll-jails")]
    public void A_command_line_naming_a_command_builds_that_one_only(string name)
    {
        var commands = CommandCatalog.For([name, "--help"]).ToList();

        Assert.Equal(name, Assert.Single(commands).Name);
    }

    [Theory]
    [InlineData]
    [InlineData("--help")]
    [InlineData("-e", "other.env", "version")]
    [InlineData("versoin")]
    [InlineData("Version")]
    public void Any_other_command_line_builds_every_command(params string[] args)
    {
        Assert.Equal(CommandCatalog.Names, CommandCatalog.For(args).Select(command => command.Name));
    }

    [Fact]
    public async Task A_command_given_after_a_root_option_still_runs()
    {
        using var directory = new TempDirectory();
        directory.Write("other.env", "A=1\n");
        using var output = new StringWriter();

        var code = await OverlordCommandLine.RunAsync(["-e", "other.env", "version"], output, TextWriter.Null, directory.Path);

        Assert.Equal(0, code);
        Assert.Equal(VersionCommand.Text + Environment.NewLine, output.ToString());
    }
}
