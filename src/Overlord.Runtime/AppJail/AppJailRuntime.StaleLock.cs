using Microsoft.Extensions.Logging;
using Overlord.Platform.Processes;

namespace Overlord.Runtime.AppJail;

public sealed partial class AppJailRuntime
{
    /// <summary>
    /// Runs an up or down of Director; when Director refuses the project for a lock left by an up that is gone
    /// (see <see cref="DirectorLock"/>), removes that lock and runs it once more. Either way the result's message says
    /// what the lock was and, when it stays, how to remove it.
    /// </summary>
    private async Task<RuntimeResult> RunDirectorAsync(string project, string command, Func<Task<ToolResult>> run)
    {
        var tool = await run();
        if (DirectorLock.LockFileOf(project, tool.StdErr) is not { } lockFile)
        {
            return DirectorOutput.ToRuntimeResult(tool, command);
        }

        var verdict = DirectorLock.Inspect(project, lockFile, _options.DirectorProjectsDirectory);
        if (verdict.Stale)
        {
            File.Delete(lockFile);
            _logger.LogWarning("Removed the stale Director lock of {Project}: {Explanation}", project, verdict.Explanation);
            tool = await run();
        }
        else
        {
            _logger.LogWarning("Director refused {Project} for its lock: {Explanation}", project, verdict.Explanation);
        }

        var result = DirectorOutput.ToRuntimeResult(tool, command);
        return result with
        {
            Message = result.Message is null ? verdict.Explanation : $"{result.Message}\n{verdict.Explanation}",
            StdErr = $"overlord: {verdict.Explanation}\n{result.StdErr}",
        };
    }
}
