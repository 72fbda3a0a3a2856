using System.ComponentModel;
using Overlord.Platform.Processes;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// Runs appjail-director and appjail through <see cref="ToolRunner"/>: the environment is this process's, then
/// <see cref="AppJailRuntimeOptions.ToolEnvironment"/>, then the request's. A tool that cannot be started gives
/// exit code 127 (as a shell's "command not found") rather than an exception: a node without AppJail is a
/// configuration problem its operator should see in the job's output.
/// </summary>
internal sealed class AppJailTools(AppJailRuntimeOptions options)
{
    public const int NotFoundExitCode = 127;

    public Task<ToolResult> DirectorAsync(
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment,
        TimeSpan timeout,
        string? workingDirectory,
        CancellationToken cancellationToken) =>
        RunAsync(options.DirectorExecutable, arguments, environment, timeout, workingDirectory, cancellationToken);

    public Task<ToolResult> AppJailAsync(IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunAsync(options.AppJailExecutable, arguments, null, timeout, null, cancellationToken);

    /// <summary>Any other tool (makefs, the VM installers), with the same environment as the AppJail tools.</summary>
    public Task<ToolResult> OtherAsync(string executable, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunAsync(executable, arguments, null, timeout, null, cancellationToken);

    private async Task<ToolResult> RunAsync(
        string executable,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment,
        TimeSpan timeout,
        string? workingDirectory,
        CancellationToken cancellationToken)
    {
        var merged = new Dictionary<string, string>(options.ToolEnvironment, StringComparer.Ordinal);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            merged[name] = value;
        }

        var path = ExecutableLocator.Resolve(executable, merged.GetValueOrDefault("PATH") ?? Environment.GetEnvironmentVariable("PATH"));
        var runOptions = new ToolRunOptions { Environment = merged, Timeout = timeout, WorkingDirectory = workingDirectory, StopGrace = options.StopGrace };
        try
        {
            return await ToolRunner.RunAsync(path, arguments, runOptions, cancellationToken);
        }
        catch (Win32Exception exception)
        {
            return new ToolResult(NotFoundExitCode, "", $"{executable}: {exception.Message}\n");
        }
    }
}
