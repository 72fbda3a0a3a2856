using System.ComponentModel;
using Overlord.Platform.Processes;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// Runs the inspector's tools (appjail, rctl) through <see cref="ToolRunner"/>, never more than
/// <see cref="AppJailInspectorOptions.MaxConcurrentTools"/> at once. A tool that cannot be started gives exit
/// code 127, as a shell's "command not found" (and as <see cref="AppJailTools"/> does).
/// </summary>
internal sealed class InspectorTools(AppJailInspectorOptions options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.MaxConcurrentTools));

    public Task<ToolResult> AppJailAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(options.AppJailExecutable, arguments, cancellationToken);

    public Task<ToolResult> RctlAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(options.RctlExecutable, arguments, cancellationToken);

    public void Dispose() => _slots.Dispose();

    private async Task<ToolResult> RunAsync(string executable, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var searchPath = options.ToolEnvironment.GetValueOrDefault("PATH") ?? Environment.GetEnvironmentVariable("PATH");
        var path = ExecutableLocator.Resolve(executable, searchPath);
        var runOptions = new ToolRunOptions { Environment = options.ToolEnvironment, Timeout = options.QueryTimeout };
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await ToolRunner.RunAsync(path, arguments, runOptions, cancellationToken);
        }
        catch (Win32Exception exception)
        {
            return new ToolResult(AppJailTools.NotFoundExitCode, "", $"{executable}: {exception.Message}\n");
        }
        finally
        {
            _slots.Release();
        }
    }
}
