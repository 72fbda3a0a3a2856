using System.Globalization;
using Overlord.Runtime.Director;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>Runs a service's build stage (RUN/CMD, COPY, WORKDIR) and its Director scripts, logging to the service's log files.</summary>
internal sealed class ServiceBuilder(ProcessRuntimeOptions options)
{
    /// <summary>Runs every build step in order; returns why the first failing one failed, or null.</summary>
    public async Task<string?> BuildAsync(
        MakejailPlan plan,
        string rootDirectory,
        string logPath,
        ProcessGroupChanged onGroupChanged,
        CancellationToken cancellationToken)
    {
        foreach (var step in plan.BuildSteps)
        {
            var error = step switch
            {
                RunStep run => await RunAsync(run, rootDirectory, logPath, onGroupChanged, cancellationToken),
                CopyStep copy => Copy(copy),
                MakeDirectoryStep directory => MakeDirectory(directory),
                _ => $"unknown step {step}",
            };
            if (error is not null)
            {
                await File.AppendAllTextAsync(logPath, $"overlord: {error}\n", cancellationToken);
                return error;
            }
        }

        return null;
    }

    /// <summary>Runs Director scripts with their shell in the service root; every type runs on the host here.</summary>
    public async Task<string?> RunScriptsAsync(
        IEnumerable<DirectorScript> scripts,
        string rootDirectory,
        IReadOnlyDictionary<string, string> variables,
        string logPath,
        ProcessGroupChanged onGroupChanged,
        CancellationToken cancellationToken)
    {
        foreach (var script in scripts)
        {
            var command = $"{script.Shell} {ShellQuoting.Quote(script.Text)}";
            await File.AppendAllTextAsync(logPath, $"+ ({script.Type}, {script.Shell}) {script.Text}\n", cancellationToken);
            var environment = ProcessEnvironment.For(rootDirectory, variables);
            var (exitCode, error) = await CommandRunner.RunAsync(
                command, rootDirectory, environment, logPath, options.CommandTimeout, options.StopTimeout, onGroupChanged, cancellationToken);
            if (exitCode != 0)
            {
                var message = error ?? $"script '{script.Text}' exited with {exitCode.ToString(CultureInfo.InvariantCulture)}";
                await File.AppendAllTextAsync(logPath, $"overlord: {message}\n", cancellationToken);
                return message;
            }
        }

        return null;
    }

    private async Task<string?> RunAsync(RunStep step, string rootDirectory, string logPath, ProcessGroupChanged onGroupChanged, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(step.WorkingDirectory);
        await File.AppendAllTextAsync(logPath, $"+ {step.Command}\n", cancellationToken);
        var environment = ProcessEnvironment.For(rootDirectory, step.Environment);
        var (exitCode, error) = await CommandRunner.RunAsync(
            step.Command, step.WorkingDirectory, environment, logPath, options.CommandTimeout, options.StopTimeout, onGroupChanged, cancellationToken);
        return exitCode == 0 ? null : $"{error ?? $"'{step.Command}' exited with {exitCode.ToString(CultureInfo.InvariantCulture)}"} ({step.Location})";
    }

    private static string? MakeDirectory(MakeDirectoryStep step)
    {
        Directory.CreateDirectory(step.Path);
        return null;
    }

    private static string? Copy(CopyStep step)
    {
        if (Directory.Exists(step.Source))
        {
            CopyDirectory(step.Source, step.Destination);
            return null;
        }

        if (!File.Exists(step.Source))
        {
            return $"COPY: '{step.Source}' does not exist ({step.Location})";
        }

        var target = Directory.Exists(step.Destination) ? Path.Combine(step.Destination, Path.GetFileName(step.Source)) : step.Destination;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(step.Source, target, overwrite: true);
        return null;
    }

    private static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(destination, Path.GetFileName(directory)));
        }
    }
}
