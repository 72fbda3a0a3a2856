namespace Overlord.Core.Config;

/// <summary>
/// <c>polling.keywords</c>: what the pollers collect, per group. A group left out gets every valid
/// keyword of <see cref="PollingKeywordCatalog.Valid"/>, as in the original.
/// </summary>
public sealed record PollingKeywords
{
    public const string SectionName = "keywords";

    /// <summary>The group names, in the original's order.</summary>
    public static IReadOnlyList<string> Groups { get; } = ["jail", "stats", "devfs", "expose", "healthcheck", "label", "limits", "nat", "volume", "fstab"];

    /// <summary>Every valid keyword in every group (a <c>polling</c> section without <c>keywords</c>).</summary>
    public static PollingKeywords All { get; } = new(PollingKeywordCatalog.Valid);

    /// <summary>The narrow lists (no <c>polling</c> section at all).</summary>
    public static PollingKeywords Narrow { get; } = new(PollingKeywordCatalog.Narrow);

    /// <summary>Builds the keywords from one list per group; missing groups get every valid keyword.</summary>
    public PollingKeywords(IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var byGroup = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            byGroup[group] = groups.TryGetValue(group, out var list) ? list : PollingKeywordCatalog.Valid[group];
        }

        ByGroup = byGroup;
    }

    /// <summary>The keywords of each group, every group present.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByGroup { get; }

    /// <summary>The <c>jail</c> keywords (<c>appjail jail get</c>).</summary>
    public IReadOnlyList<string> Jail => ByGroup["jail"];

    /// <summary>The <c>stats</c> keywords (rctl).</summary>
    public IReadOnlyList<string> Stats => ByGroup["stats"];
}
