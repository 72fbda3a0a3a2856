using Microsoft.Extensions.Logging;
using Overlord.Server.Metrics;

namespace Overlord.Server.Chains;

/// <summary>
/// Whether a child may be called now: the smart timeouts (persisted) and the heartbeat's healthy set
/// together, as the original's <c>check_autodisable_chain</c> (reference 4). Failures and successes are
/// recorded here, so the metrics count every failure that the smart timeouts count.
/// </summary>
public sealed class ChainAvailability(SmartTimeouts timeouts, ChainHealth health, NodeMetrics metrics, ILogger<ChainAvailability> logger)
{
    public bool IsDisabled(string chain) => !health.IsHealthy(chain) || timeouts.IsDisabled(chain);

    /// <summary>Whether <c>GET /v1/chains</c> lists it: always when <c>autodisable.enabled</c> is off.</summary>
    public bool IsListed(string chain) => !timeouts.Options.Enabled || !IsDisabled(chain);

    /// <summary>
    /// Whether a call to this tail is refused without trying it (<c>autodisable.strict</c>). Unlike the
    /// original, a refused call does not count as one more failure (reference 13.4): the window ends when
    /// it was set to, and the first call after it decides.
    /// </summary>
    public bool RefusesCall(string chain) => timeouts.Options.Strict && IsDisabled(chain);

    public void RecordFailure(string chain, string reason)
    {
        timeouts.RecordFailure(chain);
        metrics.ChainFailed(chain);
        if (timeouts.DisabledUntil(chain) is { } until)
        {
            logger.LogWarning("Chain {Chain} failed ({Reason}); disabled by smart timeouts until {Until}", chain, reason, until);
        }
        else
        {
            logger.LogInformation("Chain {Chain} failed ({Reason})", chain, reason);
        }
    }

    public void RecordSuccess(string chain) => timeouts.RecordSuccess(chain);

    /// <summary>Failures that count: no answer at all, or a 5xx other than a loop refusal (a configuration problem, not a sick child).</summary>
    public static bool Counts(int statusCode) => statusCode is 0 or (>= 500 and not 508);
}
