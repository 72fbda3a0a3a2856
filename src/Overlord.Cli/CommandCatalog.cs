using System.CommandLine;
using Overlord.Cli.Commands;
using Overlord.Cli.Demo;

namespace Overlord.Cli;

/// <summary>Every subcommand of <c>overlord</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    // Each command by its name, made only when asked: a command line that names one builds that one alone, so that
    // a short command does not load the options, types and assemblies of the others on its start.
    private static readonly (string Name, Func<Command> Create)[] Entries =
    [
        ("version", VersionCommand.Create),
        ("print-config", PrintConfigCommand.Create),
        ("demo", DemoCommand.Create),
        ("serve", ServeCommand.Create),
        ("gen-token", GenTokenCommand.Create),
        ("print-spec", PrintSpecCommand.Create),
        ("print-template", PrintTemplateCommand.Create),
        ("sync", SyncCommand.Create),
        ("agent-status", AgentStatusCommand.Create),
        ("diff", DiffCommand.Create),
        ("history", HistoryCommand.Create),
        ("httpd", HttpdCommand.Create),
        ("apply", ApplyCommand.Create),
        ("destroy", DestroyCommand.Create),
        ("cancel", CancelCommand.Create),
        ("get-info", GetInfoCommand.Create),
        ("get-project-log", LogCommands.ProjectLog),
        ("get-jail-log", LogCommands.JailLog),
    ];

    /// <summary>The names <see cref="Create"/> gives its commands, in the same order.</summary>
    public static IEnumerable<string> Names => Entries.Select(entry => entry.Name).Concat(FoldedDaemonCommands.Names);

    public static IEnumerable<Command> Create()
    {
        foreach (var (_, create) in Entries)
        {
            yield return create();
        }

        foreach (var folded in FoldedDaemonCommands.Create())
        {
            yield return folded;
        }
    }

    /// <summary>
    /// The commands <paramref name="args"/> can reach: only the one its first word names, or every command when
    /// that word is none of them (no command, an option such as <c>--help</c> or <c>-e FILE</c>, a misspelling).
    /// </summary>
    public static IEnumerable<Command> For(IReadOnlyList<string> args)
    {
        if (args.Count > 0)
        {
            foreach (var (name, create) in Entries)
            {
                if (string.Equals(name, args[0], StringComparison.Ordinal))
                {
                    return [create()];
                }
            }

            if (FoldedDaemonCommands.Names.Contains(args[0], StringComparer.Ordinal))
            {
                return [FoldedDaemonCommands.Create(args[0])];
            }
        }

        return Create();
    }
}
