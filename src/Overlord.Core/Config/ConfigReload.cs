using System.Text.Json.Nodes;

namespace Overlord.Core.Config;

/// <summary>
/// What a reload (SIGHUP to <c>overlord serve</c>) does with a newly read <c>overlord.yml</c>: the keys that can
/// change while the node runs take their new values, the others keep the running ones until a restart.
/// </summary>
/// <param name="Effective">The config the node runs with from now on: the running one with the live keys replaced.</param>
/// <param name="Applied">The live keys that changed (<c>labels</c>, <c>chains.web1</c>, <c>agent.interval</c>), in file order.</param>
/// <param name="NeedRestart">The keys that changed but keep their running value until a restart.</param>
public sealed record ConfigReload(OverlordConfig Effective, IReadOnlyList<string> Applied, IReadOnlyList<string> NeedRestart)
{
    /// <summary>The top-level keys taken live; every other key needs a restart (listen, port, data_dir, runtime, keys, …).</summary>
    public static IReadOnlyList<string> LiveKeys { get; } = ["labels", "chains", "debug", "autodisable", "agent"];

    /// <summary>The keys of <c>agent:</c> taken live; the others (repository, branch, paths, …) need a restart.</summary>
    public static IReadOnlyList<string> LiveAgentKeys { get; } = ["interval", "push_notes", "prune", "self_heal", "webhooks", "verify"];

    public static ConfigReload Between(OverlordConfig running, OverlordConfig loaded)
    {
        ArgumentNullException.ThrowIfNull(running);
        ArgumentNullException.ThrowIfNull(loaded);
        var before = ConfigPrinter.ToTree(running);
        var after = ConfigPrinter.ToTree(loaded);
        var applied = new List<string>();
        var restart = new List<string>();
        foreach (var (key, value) in before)
        {
            if (key is "chains" or "agent" || (Same(value, after[key]) && (key != "secret_key" || Equals(running.SecretKey, loaded.SecretKey))))
            {
                continue;
            }

            (LiveKeys.Contains(key) ? applied : restart).Add(key);
        }

        applied.AddRange(ChainChanges(running.Chains, loaded.Chains));
        var agent = AgentChanges(running.Agent, loaded.Agent, applied, restart);
        var effective = running with
        {
            Labels = loaded.Labels,
            Chains = loaded.Chains,
            Debug = loaded.Debug,
            Autodisable = loaded.Autodisable,
            Agent = agent,
        };
        return new ConfigReload(effective, applied, restart);
    }

    private static bool Same(JsonNode? left, JsonNode? right) => JsonNode.DeepEquals(left, right);

    // Compared as records, tokens included (the printed tree masks them).
    private static IEnumerable<string> ChainChanges(IReadOnlyDictionary<string, ChainConfig> running, IReadOnlyDictionary<string, ChainConfig> loaded) =>
        running.Keys.Union(loaded.Keys)
            .Where(name => !running.TryGetValue(name, out var old) || !loaded.TryGetValue(name, out var now) || old != now)
            .Select(name => "chains." + name);

    // Adding or removing the agent needs a restart (its services are wired at start); so do its other keys.
    private static AgentConfig? AgentChanges(AgentConfig? running, AgentConfig? loaded, List<string> applied, List<string> restart)
    {
        if (running is null || loaded is null)
        {
            if (running is not null || loaded is not null)
            {
                restart.Add("agent");
            }

            return running;
        }

        var before = ConfigPrinter.ToTree(new OverlordConfig { Agent = running })["agent"]!.AsObject();
        var after = ConfigPrinter.ToTree(new OverlordConfig { Agent = loaded })["agent"]!.AsObject();
        foreach (var (key, value) in before)
        {
            var changed = key switch
            {
                "repository" => running.Repository != loaded.Repository,
                "webhooks" => running.Webhooks != loaded.Webhooks,
                "commit_status" => running.CommitStatus != loaded.CommitStatus,
                _ => !Same(value, after[key]),
            };
            if (changed)
            {
                (LiveAgentKeys.Contains(key) ? applied : restart).Add("agent." + key);
            }
        }

        return running with
        {
            Interval = loaded.Interval,
            PushNotes = loaded.PushNotes,
            Prune = loaded.Prune,
            SelfHeal = loaded.SelfHeal,
            Webhooks = loaded.Webhooks,
            Verify = loaded.Verify,
        };
    }
}
