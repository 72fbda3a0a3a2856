using Overlord.Core.Specs;

namespace Overlord.Server.Autoscale;

/// <summary>
/// <c>autoScale.rules</c> and <c>autoScale.economy</c> against rctl counters (reference 9): a test passes when
/// nothing is under pressure, i.e. no measured value reaches its limit. A resource a jail does not report is
/// left out (the original failed with a TypeError there).
/// </summary>
internal static class RctlRules
{
    /// <summary>
    /// The rules against every service jail of a project, as <paramref name="type"/> says: each jail alone
    /// (<c>any-jail</c>, <c>percent-jail</c>), or the project's sum (<c>any-project</c>, <c>percent-project</c>)
    /// or average (<c>average</c>). A jail with no counters at all fails (rctl is off or the jail is not running).
    /// </summary>
    public static bool Passes(AutoScaleType type, long? percent, IReadOnlyDictionary<string, ResourceThreshold> rules, IReadOnlyList<IReadOnlyDictionary<string, long>> jails)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(jails);
        if (jails.Any(stats => stats.Count == 0))
        {
            return false;
        }

        foreach (var (resource, threshold) in rules)
        {
            var values = jails.Where(stats => stats.ContainsKey(resource)).Select(stats => (double)stats[resource]).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var underPressure = type switch
            {
                AutoScaleType.AnyJail => values.Any(value => value >= threshold.Value),
                AutoScaleType.PercentJail => values.Any(value => value >= Percent(threshold, percent)),
                AutoScaleType.AnyProject => values.Sum() >= threshold.Value,
                AutoScaleType.PercentProject => values.Sum() >= Percent(threshold, percent),
                AutoScaleType.Average => values.Sum() / jails.Count >= threshold.Value,
                _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown autoscale type"),
            };
            if (underPressure)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>economy</c>: the node's totals over every jail; no totals at all fails, as in the original.</summary>
    public static bool EconomyPasses(IReadOnlyDictionary<string, ResourceThreshold> rules, IReadOnlyDictionary<string, long> totals)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(totals);
        return totals.Count > 0 && !rules.Any(rule => totals.TryGetValue(rule.Key, out var value) && value >= rule.Value.Value);
    }

    private static double Percent(ResourceThreshold threshold, long? percent) => threshold.Value * (percent ?? 100) / 100.0;
}
