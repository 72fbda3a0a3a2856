using System.CommandLine;
using Overlord.Cli.Commands;
using Overlord.Cli.Demo;

namespace Overlord.Cli;

/// <summary>Every subcommand of <c>overlord</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return VersionCommand.Create();
        yield return PrintConfigCommand.Create();
        yield return DemoCommand.Create();
        yield return ServeCommand.Create();
        yield return GenTokenCommand.Create();
        yield return PrintSpecCommand.Create();
        yield return PrintTemplateCommand.Create();
        yield return SyncCommand.Create();
        yield return AgentStatusCommand.Create();
        yield return DiffCommand.Create();
        yield return HistoryCommand.Create();
        yield return HttpdCommand.Create();
        yield return ApplyCommand.Create();
        yield return DestroyCommand.Create();
        yield return CancelCommand.Create();
        yield return GetInfoCommand.Create();
        yield return LogCommands.ProjectLog();
        yield return LogCommands.JailLog();
        foreach (var folded in FoldedDaemonCommands.Create())
        {
            yield return folded;
        }
    }
}
