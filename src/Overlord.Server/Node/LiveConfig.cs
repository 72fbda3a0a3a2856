using Overlord.Core.Config;

namespace Overlord.Server.Node;

/// <summary>
/// The node's config as it is now. <c>overlord serve</c> reloads it on SIGHUP; the parts that change live
/// (labels, chains, smart timeouts, the agent's schedule and webhooks, the log level) read it from here, or
/// follow <see cref="Changed"/>. Everything else was read once at start.
/// </summary>
public sealed class LiveConfig(OverlordConfig initial)
{
    private readonly Lock _lock = new();
    private volatile OverlordConfig _current = initial;

    public OverlordConfig Current => _current;

    /// <summary>Raised with the new config after a reload that changed a live key.</summary>
    public event Action<OverlordConfig>? Changed;

    /// <summary>Takes the live keys of <paramref name="loaded"/>; the others keep their running values.</summary>
    public ConfigReload Reload(OverlordConfig loaded)
    {
        ConfigReload reload;
        lock (_lock)
        {
            reload = ConfigReload.Between(_current, loaded);
            if (reload.Applied.Count == 0)
            {
                return reload;
            }

            _current = reload.Effective;
        }

        Changed?.Invoke(reload.Effective);
        return reload;
    }
}
