using System.CommandLine;

namespace Overlord.Cli.Invocation;

/// <summary>The <c>--env-file</c> option every command takes, and the environment a parsed command line makes of it.</summary>
internal static class CommandEnvironment
{
    public static readonly Option<string?> EnvFileOption = new("--env-file", "-e")
    {
        Description = "Read variables from FILE (default: .env in the current directory, when present); the environment wins",
        Recursive = true,
        HelpName = "FILE",
    };

    /// <summary>The shared environment of a parsed command line.</summary>
    public static CliEnvironment Of(ParseResult parse) =>
        new(
            parse.GetValue(EnvFileOption),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            parse.RootCommandResult.Command is OverlordRootCommand root ? root.WorkingDirectory : Directory.GetCurrentDirectory());
}
