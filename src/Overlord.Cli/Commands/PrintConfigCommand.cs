using System.CommandLine;
using Overlord.Cli.Invocation;
using Overlord.Core;
using Overlord.Core.Config;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord print-config [--output json|yaml] [--config FILE]</c>: the node's configuration with every default
/// filled in, secrets as <c>***</c>. A refused file prints every problem on stderr and exits 78; a named file
/// that does not exist exits 66.
/// </summary>
internal static class PrintConfigCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "Output format",
            DefaultValueFactory = _ => "json",
        };
        output.AcceptOnlyFromAmong("json", "yaml");

        // The original has no such option (only $OVERLORD_CONFIG); it lets an operator check a file before installing it.
        var config = new Option<string?>("--config")
        {
            Description = $"Read this configuration file instead of ${OverlordConfig.PathVariable} or ./{OverlordConfig.DefaultFileName}",
            HelpName = "FILE",
        };

        var command = new Command("print-config", "Print the configuration with every default filled in (secrets as ***)");
        command.Options.Add(output);
        command.Options.Add(config);
        command.SetAction(parse => Run(CommandEnvironment.Of(parse), parse.GetValue(config), parse.GetValue(output) == "yaml"));
        return command;
    }

    private static int Run(CliEnvironment environment, string? configFile, bool yaml)
    {
        var variables = environment.Variables;
        var location = configFile is null
            ? ConfigLoader.Locate(variables, environment.WorkingDirectory)
            : new ConfigLocation(Path.GetFullPath(configFile, environment.WorkingDirectory), ConfigSource.CommandLine);
        var result = ConfigLoader.Load(location, variables);
        if (result.FileMissing)
        {
            throw new OverlordException($"{location.Describe()}: the configuration file does not exist", ExitCodes.NoInput);
        }

        foreach (var warning in result.Diagnostics.Warnings)
        {
            environment.Error.WriteLine($"warning: {warning}");
        }

        if (result.Config is not { } loaded)
        {
            foreach (var error in result.Diagnostics.Errors)
            {
                environment.Error.WriteLine(error.ToString());
            }

            environment.Error.WriteLine($"overlord: {location.Describe()}: the configuration was refused ({result.Diagnostics.Errors.Count} error(s))");
            return ExitCodes.Config;
        }

        environment.Output.Write(yaml ? ConfigPrinter.ToYaml(loaded) : ConfigPrinter.ToJson(loaded) + "\n");
        return ExitCodes.Ok;
    }
}
