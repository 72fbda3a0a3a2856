using Overlord.Agent.Store;

namespace Overlord.Agent.Sync;

/// <summary>
/// What turns the statuses last written into new ones, pair by pair (the last of a pair wins, as the table's key
/// makes it): a sync of one spec among thousands rewrites that spec's rows, not the table.
/// </summary>
internal sealed record StatusChanges(IReadOnlyList<PairStatus> Upserts, IReadOnlyList<(string SpecPath, string Target)> Removals)
{
    public static StatusChanges Between(IReadOnlyList<PairStatus> before, IReadOnlyList<PairStatus> after)
    {
        var old = new Dictionary<(string, string), PairStatus>();
        foreach (var status in before)
        {
            old[(status.SpecPath, status.Target)] = status;
        }

        var now = new Dictionary<(string, string), PairStatus>();
        foreach (var status in after)
        {
            now[(status.SpecPath, status.Target)] = status;
        }

        var upserts = now.Values.Where(status => !old.TryGetValue((status.SpecPath, status.Target), out var was) || was != status).ToList();
        var removals = old.Keys.Where(key => !now.ContainsKey(key)).ToList();
        return new StatusChanges(upserts, removals);
    }
}
