using Overlord.Platform.Processes;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>Removes a service or project folder, even when a build left read-only folders in it.</summary>
internal static class FolderRemoval
{
    public static async Task<string?> DeleteAsync(string path, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(path))
        {
            return null;
        }

        try
        {
            Directory.Delete(path, recursive: true);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Make everything writable by its owner, then try again with rm.
            var options = new ToolRunOptions { Timeout = TimeSpan.FromMinutes(5) };
            await ToolRunner.RunAsync("chmod", ["-R", "u+rwx", path], options, cancellationToken);
            var removed = await ToolRunner.RunAsync("rm", ["-rf", path], options, cancellationToken);
            return removed.Succeeded ? null : $"cannot remove {path}: {removed.StdErr.Trim()}";
        }
    }
}
