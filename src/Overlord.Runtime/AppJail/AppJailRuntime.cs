using Microsoft.Extensions.Logging;
using Overlord.Core.Names;
using Overlord.Runtime.Director;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// The production runtime on FreeBSD: drives AppJail Director and AppJail with the original Overlord's arguments
/// (reference sections 8, 11 and 12) and reads what they print.
/// </summary>
public sealed partial class AppJailRuntime : IRuntime
{
    private const int DataError = 65;

    private readonly AppJailRuntimeOptions _options;
    private readonly ILogger<AppJailRuntime> _logger;
    private readonly AppJailTools _tools;
    private readonly DirectorFileStore _files;

    public AppJailRuntime(AppJailRuntimeOptions options, ILogger<AppJailRuntime> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        _options = options;
        _logger = logger;
        _tools = new AppJailTools(options);
        _files = new DirectorFileStore(options.DataDirectory);
    }

    public string Name => "appjail";

    public string ProjectLogsDirectory => _options.DirectorLogsDirectory;

    public async Task<RuntimeResult> UpAsync(UpRequest request, CancellationToken cancellationToken)
    {
        if (InvalidName(request.Project) is { } invalid)
        {
            return invalid;
        }

        // Director's parser.py refuses these after the job has waited its turn, with exit 70 and one message;
        // checked first, every problem is named with its line and field.
        var parsed = DirectorFileParser.Parse(request.DirectorFile, request.Environment);
        if (!parsed.Succeeded)
        {
            var message = $"{request.Project}: invalid Director file:\n{parsed.Describe()}";
            return Report(new RuntimeResult(DataError, DataError, message, [], "", message + "\n"), "up", request.Project);
        }

        if (request.Restart && await ExistsAsync(request.Project, cancellationToken))
        {
            var stopped = await StopAsync(request.Project, request.Environment, cancellationToken);
            _logger.LogInformation("Stopped {Project} to restart it: exit code {ExitCode}", request.Project, stopped.ExitCode);
        }

        var file = await _files.WriteAsync(request.Project, request.DirectorFile, cancellationToken);
        var result = await RunDirectorAsync(request.Project, "appjail-director up", () => _tools.DirectorAsync(
            ["up", "-j", "-f", file, "-p", request.Project],
            request.Environment,
            _options.ToolTimeout,
            _files.ProjectDirectory(request.Project),
            cancellationToken));
        return Report(result, "up", request.Project);
    }

    public async Task<RuntimeResult> DownAsync(DownRequest request, CancellationToken cancellationToken)
    {
        if (InvalidName(request.Project) is { } invalid)
        {
            return invalid;
        }

        // Force only skips the server's label checks; Director's destroy is the same either way.
        await PowerOffIfVmAsync(request.Project, cancellationToken);
        var result = await RunDirectorAsync(request.Project, "appjail-director down", () => _tools.DirectorAsync(
            ["down", "-j", "-d", "--ignore-failed", "-p", request.Project],
            request.Environment,
            _options.ToolTimeout,
            null,
            cancellationToken));
        if (result.ExitCode == 0)
        {
            _files.Remove(request.Project);
        }

        return Report(result, "down", request.Project);
    }

    public async Task<RuntimeResult> StopAsync(string project, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        if (InvalidName(project) is { } invalid)
        {
            return invalid;
        }

        await PowerOffIfVmAsync(project, cancellationToken);
        var result = await RunDirectorAsync(
            project, "appjail-director down", () => _tools.DirectorAsync(["down", "-j", "-p", project], environment, _options.ToolTimeout, null, cancellationToken));
        return Report(result, "stop", project);
    }

    public async Task<RuntimeResult> CancelAsync(string project, CancellationToken cancellationToken)
    {
        if (InvalidName(project) is { } invalid)
        {
            return invalid;
        }

        var tool = await _tools.DirectorAsync(["cancel", "-p", project], null, _options.QueryTimeout, null, cancellationToken);
        return Report(DirectorOutput.FromExitCode(tool), "cancel", project);
    }

    private RuntimeResult Report(RuntimeResult result, string operation, string project)
    {
        if (result.Succeeded)
        {
            _logger.LogDebug("Director {Operation} of {Project} succeeded", operation, project);
        }
        else
        {
            _logger.LogWarning(
                "Director {Operation} of {Project} failed: exit code {ExitCode}, errlevel {ErrLevel}, {Message}",
                operation, project, result.ExitCode, result.ErrLevel, result.Message);
        }

        return result;
    }

    /// <summary>
    /// Director's own project-name rule. Checked here too because the name becomes a folder of ours: "." and ".."
    /// pass Director's pattern but would point outside the projects folder.
    /// </summary>
    private static RuntimeResult? InvalidName(string project) =>
        NameRules.Project.IsMatch(project) && project is not "." and not ".."
            ? null
            : new RuntimeResult(DataError, DataError, $"{project}: invalid project name", [], "", "");
}
