using System.CommandLine;
using Overlord.Cli.Invocation;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord destroy -f FILE [-F|--force] [--filter-chain C]... [--filter-root-chain] [--mako-directories DIR]... [--wait] [--timeout SECONDS]</c>:
/// destroys what the spec deployed on the nodes it selects.
/// </summary>
internal static class DestroyCommand
{
    public static Command Create()
    {
        var file = DeployCommandOptions.File();
        var force = new Option<bool>("--force", "-F") { Description = "Destroy even when the project is not in a state to run its labels" };
        var filterChain = DeployCommandOptions.FilterChain();
        var filterRoot = new Option<bool>("--filter-root-chain") { Description = "With --filter-chain, keep the datacenter's own node too" };
        var mako = DeployCommandOptions.MakoDirectories();
        var wait = DeployCommandOptions.Wait();
        var timeout = DeployCommandOptions.Timeout();
        var command = new Command("destroy", "Destroy what a spec deployed on the nodes it selects") { file, force, filterChain, filterRoot, mako, wait, timeout };
        command.SetAction((parse, cancellationToken) =>
        {
            var run = new DeploymentRun(parse.GetValue(file)!, parse.GetValue(wait), DeployCommandOptions.Seconds(parse.GetValue(timeout)))
            {
                MakoDirectories = parse.GetValue(mako),
            };
            var chains = parse.GetValue(filterChain) ?? [];
            var (forced, root) = (parse.GetValue(force), parse.GetValue(filterRoot));
            return run.RunAsync(
                CommandEnvironment.Of(parse),
                (deployer, spec, progress) => deployer.DestroyAsync(spec, forced, chains, root, progress, cancellationToken),
                cancellationToken);
        });
        return command;
    }
}
