using Microsoft.Extensions.Logging;
using Overlord.Core.Names;
using Overlord.Platform.Processes;
using Overlord.Runtime.Inspection;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// Answers the jail routes on FreeBSD from AppJail and rctl (reference section 12), on demand instead of the
/// original's pollers. Tool answers are kept for <see cref="AppJailInspectorOptions.CacheDuration"/> and shared
/// by callers that ask at the same time; the keyword calls of one jail run side by side, within
/// <see cref="AppJailInspectorOptions.MaxConcurrentTools"/>. Items are read from the jail's conf folder each time.
/// </summary>
public sealed partial class AppJailInspector : IJailInspector, IDisposable
{
    private const int DataError = 65;
    private const int NoInput = 66;

    private readonly AppJailInspectorOptions _options;
    private readonly ILogger<AppJailInspector> _logger;
    private readonly InspectorTools _tools;
    private readonly ShortLivedCache<IReadOnlyDictionary<string, string?>?> _info;
    private readonly ShortLivedCache<int> _status;
    private readonly ShortLivedCache<IReadOnlyDictionary<string, long>?> _stats;
    private readonly ShortLivedCache<string?> _cpuset;

    public AppJailInspector(AppJailInspectorOptions options, TimeProvider timeProvider, ILogger<AppJailInspector> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        _tools = new InspectorTools(options);
        _info = new(timeProvider, options.CacheDuration);
        _status = new(timeProvider, options.CacheDuration);
        _stats = new(timeProvider, options.CacheDuration);
        _cpuset = new(timeProvider, options.CacheDuration);
    }

    public string? JailLogsDirectory => _options.LogsDirectory;

    /// <summary>
    /// <c>appjail jail get -I -- JAIL KEYWORD</c> for each configured keyword; a failed call (a missing jail exits 66)
    /// makes the answer null, as the original skipped the jail. Values lose one final newline; an empty one stays "".
    /// </summary>
    public Task<IReadOnlyDictionary<string, string?>?> GetInfoAsync(string jail, CancellationToken cancellationToken) =>
        NamePatterns.IsJail(jail)
            ? _info.GetOrAddAsync(jail, () => ReadInfoAsync(jail), cancellationToken)
            : Task.FromResult<IReadOnlyDictionary<string, string?>?>(null);

    public void Dispose() => _tools.Dispose();

    private async Task<IReadOnlyDictionary<string, string?>?> ReadInfoAsync(string jail)
    {
        var keywords = _options.Keywords.Jail;
        if (keywords.Count == 0)
        {
            return JailExists(jail) ? new Dictionary<string, string?>() : null;
        }

        // The first failure stops the calls still waiting for a slot: the answer is null anyway.
        using var failed = new CancellationTokenSource();
        var values = await Task.WhenAll(keywords.Select(keyword => ReadKeywordAsync(jail, keyword, failed)));
        if (values.Any(value => value is null))
        {
            return null;
        }

        var info = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var index = 0; index < keywords.Count; index++)
        {
            info[keywords[index]] = values[index];
        }

        return info;
    }

    private async Task<string?> ReadKeywordAsync(string jail, string keyword, CancellationTokenSource failed)
    {
        try
        {
            var tool = await _tools.AppJailAsync(["jail", "get", "-I", "--", jail, keyword], failed.Token);
            if (tool.Succeeded)
            {
                return WithoutFinalNewline(tool.StdOut);
            }

            await failed.CancelAsync();
            LogToolFailure("jail get", jail, tool);
            return null;
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested)
        {
            return null;
        }
    }

    private bool JailExists(string jail) => Directory.Exists(Path.Combine(_options.JailsDirectory, jail));

    private void LogToolFailure(string command, string jail, ToolResult tool)
    {
        var detail = tool.StdErr.TrimEnd().Split('\n')[^1];
        if (tool.ExitCode is NoInput or DataError)
        {
            _logger.LogDebug("AppJail {Command} found no jail {Jail}: exit code {ExitCode}, {Detail}", command, jail, tool.ExitCode, detail);
        }
        else
        {
            _logger.LogWarning("{Command} of jail {Jail} failed: exit code {ExitCode}, {Detail}", command, jail, tool.ExitCode, detail);
        }
    }

    private static string WithoutFinalNewline(string text) => text.EndsWith('\n') ? text[..^1] : text;
}
