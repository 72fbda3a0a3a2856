using Overlord.Core.Config;

namespace Overlord.Server.Chains;

/// <summary>
/// The heartbeat's verdict (reference 4): with <c>polling.heartbeat</c> on, a chain that did not answer the
/// last round of pings is disabled until it answers again. Every chain starts healthy. With the heartbeat
/// off, every chain is healthy.
/// </summary>
public sealed class ChainHealth(OverlordConfig config)
{
    private readonly Lock _lock = new();
    private HashSet<string>? _healthy;

    public bool HeartbeatEnabled => config.Polling.Heartbeat is not null;

    public bool IsHealthy(string chain)
    {
        if (!HeartbeatEnabled)
        {
            return true;
        }

        lock (_lock)
        {
            return _healthy is null || _healthy.Contains(chain);
        }
    }

    /// <summary>Replaces the healthy set with the chains that answered the last round.</summary>
    public void SetHealthy(IEnumerable<string> chains)
    {
        var healthy = new HashSet<string>(chains, StringComparer.Ordinal);
        lock (_lock)
        {
            _healthy = healthy;
        }
    }
}
