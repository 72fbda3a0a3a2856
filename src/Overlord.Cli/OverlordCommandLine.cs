using System.CommandLine;
using System.CommandLine.Help;
using Overlord.Cli.Invocation;
using Overlord.Core;

namespace Overlord.Cli;

/// <summary>Builds the root command and runs it: the single edge where exceptions become sysexits codes.</summary>
internal static class OverlordCommandLine
{
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output (default: the console).</param>
    /// <param name="error">Standard error (default: the console).</param>
    /// <param name="workingDirectory">Where relative paths and <c>.env</c> are looked up (default: the current directory).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, string? workingDirectory = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = new OverlordRootCommand(workingDirectory ?? Directory.GetCurrentDirectory());
        root.Options.Add(CommandEnvironment.EnvFileOption);
        foreach (var command in CommandCatalog.For(args))
        {
            root.Subcommands.Add(command);
        }

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction action)
            {
                help.Action = new ShadowedAliasHelpAction(action);
            }
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"overlord: {ParseErrorText.Describe(parseError)}");
            }

            await error.WriteLineAsync("Try 'overlord --help' for more information.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OverlordException e)
        {
            await error.WriteLineAsync($"overlord: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("overlord: interrupted");
            return ExitCodes.Software;
        }
    }
}
