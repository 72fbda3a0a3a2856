using System.CommandLine;
using Overlord.Cli.Invocation;
using Overlord.Core;
using Overlord.Core.Specs.Printing;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord print-spec -f FILE [-o|--output json|yaml] [--show-secrets]</c>: validates a deployment spec
/// and prints it normalized (defaults filled in, variables substituted). Access tokens print as <c>***</c>
/// unless <c>--show-secrets</c> is given (the original printed them). A refused spec prints every
/// problem on stderr, one per line, and nothing on stdout.
/// </summary>
internal static class PrintSpecCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--file", "-f") { Description = "The deployment spec to read", Required = true, HelpName = "FILE" };
        var output = new Option<string>("--output", "-o") { Description = "Output format", DefaultValueFactory = _ => "json", HelpName = "json|yaml" };
        output.AcceptOnlyFromAmong("json", "yaml");
        var showSecrets = new Option<bool>("--show-secrets") { Description = "Print access tokens instead of ***" };
        var command = new Command("print-spec", "Validate a deployment spec and print it with every default filled in") { file, output, showSecrets };
        command.SetAction(parse =>
        {
            var format = parse.GetValue(output) == "yaml" ? SpecOutputFormat.Yaml : SpecOutputFormat.Json;
            return Run(CommandEnvironment.Of(parse), parse.GetValue(file)!, format, parse.GetValue(showSecrets));
        });
        return command;
    }

    private static int Run(CliEnvironment environment, string file, SpecOutputFormat format, bool showSecrets)
    {
        if (Unreadable(Path.GetFullPath(file, environment.WorkingDirectory)) is { } reason)
        {
            environment.Error.WriteLine($"overlord: {file}: {reason}");
            return ExitCodes.NoInput;
        }

        var spec = SpecFiles.Read(environment, file);
        if (!spec.IsSuccess)
        {
            return ExitCodes.Config;
        }

        environment.Output.Write(SpecPrinter.Format(spec.Value, format, showSecrets));
        return ExitCodes.Ok;
    }

    /// <summary>Why the spec cannot be read (EX_NOINPUT), or null when it can.</summary>
    private static string? Unreadable(string path)
    {
        if (!File.Exists(path))
        {
            return "the spec file does not exist";
        }

        try
        {
            using var stream = File.OpenRead(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot read the spec file: {e.Message}";
        }
    }
}
