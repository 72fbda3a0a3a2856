using Overlord.Core.Names;

namespace Overlord.Runtime.AppJail;

public sealed partial class AppJailInspector
{
    private static readonly IReadOnlyDictionary<string, long> NoStats = new Dictionary<string, long>();

    /// <summary>
    /// <c>rctl -u jail:JAIL</c>, only the configured stats keywords, while <c>appjail status -q</c> says the jail runs;
    /// empty when it does not run (or rctl fails), null when there is no such jail.
    /// </summary>
    public Task<IReadOnlyDictionary<string, long>?> GetStatsAsync(string jail, CancellationToken cancellationToken) =>
        NamePatterns.IsJail(jail)
            ? _stats.GetOrAddAsync(jail, () => ReadStatsAsync(jail), cancellationToken)
            : Task.FromResult<IReadOnlyDictionary<string, long>?>(null);

    /// <summary><c>appjail cpuset JAIL</c> of a running jail; null when it does not run, the call fails or there is no such jail.</summary>
    public Task<string?> GetCpusetAsync(string jail, CancellationToken cancellationToken) =>
        NamePatterns.IsJail(jail)
            ? _cpuset.GetOrAddAsync(jail, () => ReadCpusetAsync(jail), cancellationToken)
            : Task.FromResult<string?>(null);

    private async Task<IReadOnlyDictionary<string, long>?> ReadStatsAsync(string jail)
    {
        var status = await StatusAsync(jail);
        if (status is NoInput or DataError)
        {
            return null;
        }

        var keywords = _options.Keywords.Stats;
        if (status != 0 || keywords.Count == 0)
        {
            return NoStats;
        }

        var tool = await _tools.RctlAsync(["-u", $"jail:{jail}"], CancellationToken.None);
        if (!tool.Succeeded)
        {
            LogToolFailure("rctl -u", jail, tool);
            return NoStats;
        }

        return RctlUsage.Parse(tool.StdOut, keywords);
    }

    private async Task<string?> ReadCpusetAsync(string jail)
    {
        if (await StatusAsync(jail) != 0)
        {
            return null;
        }

        var tool = await _tools.AppJailAsync(["cpuset", jail], CancellationToken.None);
        if (!tool.Succeeded)
        {
            LogToolFailure("cpuset", jail, tool);
            return null;
        }

        return WithoutFinalNewline(tool.StdOut);
    }

    /// <summary><c>appjail status -q JAIL</c>: 0 running, 1 stopped, 66 no such jail; shared by stats and cpuset.</summary>
    private Task<int> StatusAsync(string jail) =>
        _status.GetOrAddAsync(jail, async () => (await _tools.AppJailAsync(["status", "-q", jail], CancellationToken.None)).ExitCode, CancellationToken.None);
}
