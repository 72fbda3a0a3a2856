using Overlord.Core.Config;

namespace Overlord.Agent;

/// <summary>
/// The node's <c>agent:</c> section as it is now. A reload of <c>overlord.yml</c> (SIGHUP) replaces the keys that
/// can change while the agent runs (interval, push_notes, prune, self_heal, webhooks, verify); the others were read at start.
/// </summary>
public sealed class AgentSettings(AgentConfig initial)
{
    private volatile AgentConfig _current = initial;

    public AgentConfig Current => _current;

    public void Update(AgentConfig config) => _current = config ?? throw new ArgumentNullException(nameof(config));
}
