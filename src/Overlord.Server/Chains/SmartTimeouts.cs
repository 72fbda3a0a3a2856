using Overlord.Server.Storage;

namespace Overlord.Server.Chains;

/// <summary>
/// Smart timeouts (reference 4): a child chain whose calls fail is disabled for <c>interval + increase</c>
/// seconds from its last failure once it has failed <c>failures</c> times; each failure after the first
/// grows <c>increase</c> by <c>increase</c> while it is below <c>max-increase</c>; a success forgets the
/// chain. The original kept the counters in memory, so a restart re-enabled every bad chain at once
/// (13.4); here they are written through to the node database and read back at start.
/// The heartbeat rule (a chain missing from the healthy set) is the caller's to add.
/// </summary>
public sealed class SmartTimeouts
{
    private readonly NodeDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, ChainFailures> _counters;
    private readonly Lock _lock = new();
    private volatile SmartTimeoutOptions _options;

    public SmartTimeouts(NodeDatabase database, SmartTimeoutOptions options, TimeProvider timeProvider)
    {
        _database = database;
        _timeProvider = timeProvider;
        _options = options;
        _counters = SmartTimeoutsTable.ReadAll(database);
    }

    /// <summary>The <c>autodisable</c> settings now; a reload of the config replaces them, the counters stay.</summary>
    public SmartTimeoutOptions Options
    {
        get => _options;
        set => _options = value ?? throw new ArgumentNullException(nameof(value));
    }

    public void RecordFailure(string chain)
    {
        lock (_lock)
        {
            var counters = _counters.TryGetValue(chain, out var previous)
                ? previous with
                {
                    Failures = previous.Failures + 1,
                    Increase = previous.Increase < Options.MaxIncrease ? previous.Increase + Options.Increase : previous.Increase,
                }
                : new ChainFailures(1, 0, default);
            counters = counters with { LastFailure = _timeProvider.GetUtcNow() };
            SmartTimeoutsTable.Write(_database, chain, counters);
            _counters[chain] = counters;
        }
    }

    public void RecordSuccess(string chain)
    {
        lock (_lock)
        {
            if (_counters.Remove(chain))
            {
                SmartTimeoutsTable.Delete(_database, chain);
            }
        }
    }

    public bool IsDisabled(string chain) => DisabledUntil(chain) is not null;

    /// <summary>The end of the chain's disabled window, or null when it is enabled now.</summary>
    public DateTimeOffset? DisabledUntil(string chain)
    {
        ChainFailures? counters;
        lock (_lock)
        {
            if (!_counters.TryGetValue(chain, out counters) || counters.Failures < Options.Failures)
            {
                return null;
            }
        }

        var until = counters.LastFailure + TimeSpan.FromSeconds(Options.Interval + counters.Increase);
        return _timeProvider.GetUtcNow() < until ? until : null;
    }

    /// <summary>Whether <c>/v1/chains</c> lists the chain: always when <c>enabled</c> is off.</summary>
    public bool IsListed(string chain) => !Options.Enabled || !IsDisabled(chain);

    /// <summary>Whether a call to this tail must be refused without trying it (<c>strict</c>).</summary>
    public bool RefusesCall(string chain) => Options.Strict && IsDisabled(chain);
}
