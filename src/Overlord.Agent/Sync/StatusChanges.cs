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
        if (Aligned(before, after) is { } changed)
        {
            return new StatusChanges(changed, []);
        }

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

    /// <summary>
    /// The statuses that changed when both lists name the same pairs in the same order (a reconcile lists the pairs as
    /// the last one did unless a spec or a node came or went), found without a dictionary of every pair; else null.
    /// A reconcile names each pair once (one decision per desired pair, one per record it no longer wants).
    /// </summary>
    private static List<PairStatus>? Aligned(IReadOnlyList<PairStatus> before, IReadOnlyList<PairStatus> after)
    {
        if (before.Count != after.Count)
        {
            return null;
        }

        var changed = new List<PairStatus>();
        for (var i = 0; i < after.Count; i++)
        {
            if (before[i].SpecPath != after[i].SpecPath || before[i].Target != after[i].Target)
            {
                return null;
            }

            if (before[i] != after[i])
            {
                changed.Add(after[i]);
            }
        }

        return changed;
    }
}
