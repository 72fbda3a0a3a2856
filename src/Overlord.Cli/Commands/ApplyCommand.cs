using System.CommandLine;
using Overlord.Cli.Invocation;

namespace Overlord.Cli.Commands;

/// <summary>
/// <c>overlord apply -f FILE [--restart] [--mako-directories DIR]... [--wait] [--timeout SECONDS]</c>: deploys the spec
/// to every node it selects, printing a line per target; <c>--wait</c> follows the jobs to their end.
/// </summary>
internal static class ApplyCommand
{
    public static Command Create()
    {
        var file = DeployCommandOptions.File();
        var restart = new Option<bool>("--restart") { Description = "Restart projects that are already running" };
        var mako = DeployCommandOptions.MakoDirectories();
        var wait = DeployCommandOptions.Wait();
        var timeout = DeployCommandOptions.Timeout();
        var command = new Command("apply", "Deploy a spec to every node it selects") { file, restart, mako, wait, timeout };
        command.SetAction((parse, cancellationToken) =>
        {
            var run = new DeploymentRun(parse.GetValue(file)!, parse.GetValue(wait), DeployCommandOptions.Seconds(parse.GetValue(timeout)))
            {
                NothingDoneMessage = "No deployment has had any effect.",
                MakoDirectories = parse.GetValue(mako),
            };
            var restartProjects = parse.GetValue(restart);
            return run.RunAsync(
                CommandEnvironment.Of(parse),
                (deployer, spec, progress) => deployer.ApplyAsync(spec, restartProjects, progress, cancellationToken),
                cancellationToken);
        });
        return command;
    }
}
