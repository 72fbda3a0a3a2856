using System.CommandLine;
using Overlord.Cli.Invocation;
using Overlord.Cli.Output;
using Overlord.Client.Deployment;
using Overlord.Core;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Printing;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord print-template -f FILE [--mako-directories DIR]... [--raw] [--show-secrets]</c>: renders an appConfig
/// spec's template from the first selected node that has it and prints the spec it renders, as YAML with the
/// appConfig file's targets (access tokens as <c>***</c> unless <c>--show-secrets</c>), or, with <c>--raw</c>, the
/// template's output as it is. Other kinds exit 78; a template that does not render exits 70.
/// </summary>
internal static class PrintTemplateCommand
{
    public static Command Create()
    {
        var file = DeployCommandOptions.File();
        var mako = DeployCommandOptions.MakoDirectories();
        var raw = new Option<bool>("--raw") { Description = "Print the template's output as rendered, without reading it as a spec" };
        var showSecrets = new Option<bool>("--show-secrets") { Description = "Print access tokens instead of ***" };
        var command = new Command("print-template", "Render an appConfig spec's template and print the spec it makes") { file, mako, raw, showSecrets };
        command.SetAction((parse, cancellationToken) => RunAsync(
            CommandEnvironment.Of(parse), parse.GetValue(file)!, parse.GetValue(mako), parse.GetValue(raw), parse.GetValue(showSecrets), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliEnvironment environment, string file, string[]? directories, bool raw, bool showSecrets, CancellationToken cancellationToken)
    {
        var spec = SpecFiles.Load(environment, file);
        if (spec is not AppConfigSpec app)
        {
            throw new OverlordException($"print-template takes appConfig specs only; {file} is a {SpecNames.ToText(spec.Kind)} spec", ExitCodes.Config);
        }

        using var clients = DatacenterClients.ForDeployIn(spec);
        var options = new SpecDeployerOptions { AppConfig = DeployCommandOptions.AppConfig(environment, file, directories) };
        var rendering = await new SpecDeployer(clients.For, options).RenderAppConfigAsync(app, cancellationToken);
        foreach (var failure in rendering.Selection.Failures)
        {
            environment.Error.WriteLine(NodeFailureText.Warning(failure));
        }

        foreach (var warning in rendering.Warnings)
        {
            environment.Error.WriteLine($"warning: {warning}");
        }

        if (raw && rendering.Text is { } text)
        {
            environment.Output.Write(text);
            return ExitCodes.Ok;
        }

        if (rendering.Refusal is { } refusal)
        {
            throw new OverlordException(refusal, rendering.RefusalExitCode);
        }

        if (rendering.Spec is { } rendered)
        {
            environment.Output.Write(SpecPrinter.Format(rendered, SpecOutputFormat.Yaml, showSecrets));
            return ExitCodes.Ok;
        }

        environment.Error.WriteLine("No node is selected: there is no template to render.");
        return rendering.Selection.UnreachableDatacenters.Count > 0 ? ExitCodes.Unavailable : ExitCodes.Ok;
    }
}
