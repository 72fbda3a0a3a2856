using Microsoft.Extensions.Logging;

namespace Overlord.Runtime.AppJail;

public sealed partial class AppJailRuntime
{
    private const int NoInput = 66;

    public async Task<bool> ExistsAsync(string project, CancellationToken cancellationToken)
    {
        var tool = await _tools.DirectorAsync(["check", "-p", project], null, _options.QueryTimeout, null, cancellationToken);
        if (tool.ExitCode is not 0 and not NoInput)
        {
            _logger.LogWarning("Director check of {Project} failed: exit code {ExitCode}, {Detail}", project, tool.ExitCode, DirectorOutput.LastLine(tool));
        }

        return tool.Succeeded;
    }

    public async Task<IReadOnlyList<string>> ListProjectsAsync(CancellationToken cancellationToken)
    {
        var tool = await _tools.DirectorAsync(["ls"], null, _options.QueryTimeout, null, cancellationToken);
        if (!tool.Succeeded)
        {
            _logger.LogWarning("Director ls failed: exit code {ExitCode}, {Detail}", tool.ExitCode, DirectorOutput.LastLine(tool));
            return [];
        }

        return DirectorOutput.ParseProjectList(tool.StdOut);
    }

    public async Task<ProjectDescription?> DescribeAsync(string project, CancellationToken cancellationToken)
    {
        var tool = await _tools.DirectorAsync(["describe", "-p", project], null, _options.QueryTimeout, null, cancellationToken);
        if (tool.ExitCode == NoInput)
        {
            return null;
        }

        var description = tool.Succeeded ? DirectorDescription.Parse(tool.StdOut) : null;
        if (description is null)
        {
            _logger.LogWarning("Director describe of {Project} gave no description: exit code {ExitCode}, {Detail}", project, tool.ExitCode, DirectorOutput.LastLine(tool));
        }

        return description;
    }

    /// <summary>The entries of the jails folder, as the original's <c>os.listdir(appjail.jails)</c>.</summary>
    public Task<IReadOnlyList<string>> ListJailsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!Directory.Exists(_options.JailsDirectory))
        {
            _logger.LogWarning("Jails folder {Directory} does not exist", _options.JailsDirectory);
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        IReadOnlyList<string> jails = Directory.EnumerateFileSystemEntries(_options.JailsDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(jails);
    }

    public async Task<int> JailStatusAsync(string jail, CancellationToken cancellationToken)
    {
        var tool = await _tools.AppJailAsync(["status", "-q", jail], _options.QueryTimeout, cancellationToken);
        return tool.ExitCode;
    }
}
