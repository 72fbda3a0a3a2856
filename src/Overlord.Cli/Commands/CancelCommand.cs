using System.CommandLine;
using Overlord.Cli.Invocation;

namespace Overlord.Cli.Commands;

/// <summary><c>overlord cancel -f FILE [--filter-chain C]... [--mako-directories DIR]...</c>: stops a running up of the spec's project or VM
/// (for an appConfig spec, of the project or VM its template renders).</summary>
internal static class CancelCommand
{
    public static Command Create()
    {
        var file = DeployCommandOptions.File();
        var filterChain = DeployCommandOptions.FilterChain();
        var mako = DeployCommandOptions.MakoDirectories();
        var command = new Command("cancel", "Stop a running deployment of a spec's project or VM") { file, filterChain, mako };
        command.SetAction((parse, cancellationToken) =>
        {
            var run = new DeploymentRun(parse.GetValue(file)!, Wait: false, TimeSpan.FromSeconds(DeploymentRun.DefaultTimeoutSeconds))
            {
                MakoDirectories = parse.GetValue(mako),
            };
            var chains = parse.GetValue(filterChain) ?? [];
            return run.RunAsync(
                CommandEnvironment.Of(parse),
                (deployer, spec, progress) => deployer.CancelAsync(spec, chains, progress, cancellationToken),
                cancellationToken);
        });
        return command;
    }
}
