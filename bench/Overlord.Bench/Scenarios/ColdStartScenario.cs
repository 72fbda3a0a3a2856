using Overlord.Bench.Measuring;
using Overlord.Bench.Nodes;
using Overlord.Platform.Processes;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// <c>overlord get-info -f info.yml -t projects</c> against one node, <c>overlord version</c> and
/// <c>overlord print-spec -f project.yml</c> (a director project), each started as a new process each time (exec to
/// exit, output read), beside <c>hello-console</c> started the same way. One untimed run of each first fills the
/// page cache, so all are measured as a user's second command is.
/// </summary>
public static class ColdStartScenario
{
    public static async Task<ColdStartFigures> RunAsync(ServedNode node, Executables executables, string directory, BenchSizes sizes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(executables);
        ArgumentNullException.ThrowIfNull(sizes);
        Directory.CreateDirectory(directory);
        var spec = Path.Combine(directory, "info.yml");
        await File.WriteAllTextAsync(
            spec,
            $"kind: readOnly\ndatacenters:\n  main:\n    entrypoint: '{node.Address}'\n    access_token: '{node.Token}'\ndeployIn:\n  labels: [bench]\n",
            cancellationToken);
        var project = Path.Combine(directory, "project.yml");
        await File.WriteAllTextAsync(
            project,
            $"kind: directorProject\ndatacenters:\n  main:\n    entrypoint: '{node.Address}'\n    access_token: '{node.Token}'\ndeployIn:\n  labels: [bench]\n"
                + "projectName: hello\nprojectFile: |\n  options:\n    - virtualnet: ':<random> default'\n  services:\n    hello:\n      name: hello\n      makejail: gh+AppJail-makejails/hello\n",
            cancellationToken);
        var getInfo = await TimeRunsAsync(executables.Overlord, ["get-info", "-f", spec, "-t", "projects"], directory, sizes, cancellationToken);
        var version = await TimeRunsAsync(executables.Overlord, ["version"], directory, sizes, cancellationToken);
        var printSpec = await TimeRunsAsync(executables.Overlord, ["print-spec", "-f", project], directory, sizes, cancellationToken);
        var hello = await TimeRunsAsync(executables.HelloConsole, [], directory, sizes, cancellationToken);
        return new ColdStartFigures(getInfo, version, printSpec, hello);
    }

    private static async Task<Samples> TimeRunsAsync(string executable, string[] args, string directory, BenchSizes sizes, CancellationToken cancellationToken)
    {
        await RunAsync(executable, args, directory, cancellationToken);
        return await Samples.TimeAsync(sizes.ColdStarts, sizes.Budget(), token => RunAsync(executable, args, directory, token), cancellationToken);
    }

    private static async Task RunAsync(string executable, string[] args, string directory, CancellationToken cancellationToken)
    {
        var result = await ToolRunner.RunAsync(executable, args, new ToolRunOptions { WorkingDirectory = directory, Timeout = TimeSpan.FromSeconds(60) }, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} {string.Join(' ', args)} exited {result.ExitCode}: {result.StdErr}");
        }
    }
}
