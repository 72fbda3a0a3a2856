namespace Overlord.Client.Tree;

/// <summary>
/// The log files of a logs answer whose path (<c>date/service/file</c>, <c>type/entity/subtype/file</c>) a filter
/// keeps; a branch left without files is dropped, as our node drops it. Without a filter the answer is kept whole.
/// </summary>
internal static class LogNarrowing
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>> Narrow(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>> logs, Func<string, bool>? keep)
    {
        if (keep is null)
        {
            return logs;
        }

        var kept = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>>(StringComparer.Ordinal);
        foreach (var (name, level) in logs)
        {
            var narrowed = Level(level, keep, $"{name}/");
            if (narrowed.Count > 0)
            {
                kept[name] = narrowed;
            }
        }

        return kept;
    }

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Narrow(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> logs, Func<string, bool>? keep) =>
        keep is null ? logs : Level(logs, keep, "");

    private static Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Level(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> level, Func<string, bool> keep, string prefix)
    {
        var kept = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var (name, files) in level)
        {
            var narrowed = Files(files, keep, $"{prefix}{name}/");
            if (narrowed.Count > 0)
            {
                kept[name] = narrowed;
            }
        }

        return kept;
    }

    private static Dictionary<string, IReadOnlyList<string>> Files(IReadOnlyDictionary<string, IReadOnlyList<string>> level, Func<string, bool> keep, string prefix)
    {
        var kept = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, files) in level)
        {
            var narrowed = files.Where(file => keep($"{prefix}{name}/{file}")).ToList();
            if (narrowed.Count > 0)
            {
                kept[name] = narrowed;
            }
        }

        return kept;
    }
}
