using Overlord.Core.Jails;
namespace Overlord.Runtime.Inspection;

/// <summary>
/// Reads what the API shows about jails (reference sections 2.2 and 12): info keywords, rctl stats,
/// cpuset and the per-jail configuration items, plus the AppJail log tree. The original filled a
/// memcached cache from poller processes; an inspector answers on demand (and may cache briefly).
/// Every method returns null when the jail does not exist.
/// </summary>
public interface IJailInspector
{
    /// <summary><c>{"info":{keyword: value}}</c>: the jail's keywords (name, status, type, version, network_ip4, ...).</summary>
    Task<IReadOnlyDictionary<string, string?>?> GetInfoAsync(string jail, CancellationToken cancellationToken);

    /// <summary><c>{"stats":{key: int}}</c>: rctl usage; empty when the jail is not running.</summary>
    Task<IReadOnlyDictionary<string, long>?> GetStatsAsync(string jail, CancellationToken cancellationToken);

    /// <summary><c>{"cpuset": str|null}</c>: the CPUs a running jail may use.</summary>
    Task<string?> GetCpusetAsync(string jail, CancellationToken cancellationToken);

    /// <summary><c>{"item":[{...}]}</c>: one configuration item of the jail, as a list of records of strings.</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>?> GetItemAsync(string jail, JailItem item, CancellationToken cancellationToken);

    /// <summary>The AppJail log tree <c>type/entity/subtype/file</c>, or null when there is none on this node.</summary>
    string? JailLogsDirectory { get; }
}
