using Overlord.Core.Config;
using Overlord.Core.Jails;
using Overlord.Runtime;
using Overlord.Runtime.Inspection;

namespace Overlord.Server.Local;

/// <summary>
/// What the jail routes show. With an <see cref="IJailInspector"/> every item comes from it; without one the
/// node answers from its runtime alone: the jail list, a minimal <c>info</c> (name and UP/DOWN status), the
/// labels, and empty stats and other items. Every method returns null when the jail does not exist.
/// </summary>
internal sealed class JailReader(IRuntime runtime, OverlordConfig config, IJailInspector? inspector = null)
{
    /// <summary>Every item of the per-jail routes, in the original's order.</summary>
    public static readonly string[] Items = ["stats", "info", "cpuset", "devfs", "expose", "healthcheck", "limits", "fstab", "labels", "nat", "volumes"];

    /// <summary>The AppJail log tree, or null when there is none on this node.</summary>
    public string? LogsDirectory => inspector is null ? config.AppJail.Logs : inspector.JailLogsDirectory;

    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) => runtime.ListJailsAsync(cancellationToken);

    public async Task<bool> ExistsAsync(string jail, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).Contains(jail, StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, string?>?> InfoAsync(string jail, CancellationToken cancellationToken)
    {
        if (inspector is not null)
        {
            return await inspector.GetInfoAsync(jail, cancellationToken);
        }

        if (!await ExistsAsync(jail, cancellationToken))
        {
            return null;
        }

        var running = await runtime.JailStatusAsync(jail, cancellationToken) == 0;
        return new Dictionary<string, string?> { ["name"] = jail, ["status"] = running ? "UP" : "DOWN" };
    }

    public async Task<IReadOnlyDictionary<string, long>?> StatsAsync(string jail, CancellationToken cancellationToken)
    {
        if (inspector is not null)
        {
            return await inspector.GetStatsAsync(jail, cancellationToken);
        }

        return await ExistsAsync(jail, cancellationToken) ? new Dictionary<string, long>() : null;
    }

    /// <summary>The jail's cpuset (null when unknown), or no value at all when the jail does not exist.</summary>
    public async Task<(bool Found, string? Cpuset)> CpusetAsync(string jail, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(jail, cancellationToken))
        {
            return (false, null);
        }

        return (true, inspector is null ? null : await inspector.GetCpusetAsync(jail, cancellationToken));
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>?> ItemAsync(string jail, JailItem item, CancellationToken cancellationToken)
    {
        if (inspector is not null)
        {
            return await inspector.GetItemAsync(jail, item, cancellationToken);
        }

        if (item == JailItem.Labels && await runtime.JailLabelsAsync(jail, cancellationToken) is { } labels)
        {
            // The process runtime's labels come from the Director file's label options.
            return [.. labels.Select(label => new Dictionary<string, string?> { ["value"] = label.Value.Length == 0 ? null : label.Value, ["name"] = label.Key })];
        }

        return await ExistsAsync(jail, cancellationToken) ? [] : null;
    }

    /// <summary><c>GET /v1/stats</c>: every rctl key summed over every jail.</summary>
    public async Task<IReadOnlyDictionary<string, long>> TotalStatsAsync(CancellationToken cancellationToken)
    {
        var totals = new SortedDictionary<string, long>(StringComparer.Ordinal);
        if (inspector is not null)
        {
            foreach (var jail in await ListAsync(cancellationToken))
            {
                foreach (var (key, value) in await inspector.GetStatsAsync(jail, cancellationToken) ?? new Dictionary<string, long>())
                {
                    totals[key] = totals.GetValueOrDefault(key) + value;
                }
            }
        }

        return totals;
    }
}
