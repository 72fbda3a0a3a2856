using System.CommandLine;
using System.Reflection;

namespace Overlord.Cli.Commands;

/// <summary><c>overlord version</c>: the same text as <c>--version</c>, for scripts that prefer a subcommand.</summary>
internal static class VersionCommand
{
    public static string Text =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public static Command Create()
    {
        var command = new Command("version", "Print the version of overlord");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine(Text);
            return 0;
        });
        return command;
    }
}
