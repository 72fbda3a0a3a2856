namespace Overlord.Runtime.AppJail;

/// <summary>
/// What Director prints on stderr when an exception stops it (director/__init__.py, <c>_catch</c> and
/// <c>print_err</c>): <c>Exception:</c>, then <c> type: NAME</c>, <c> error: TEXT</c> and <c> file: LOG</c>, while
/// its JSON report carries <c>"message": null</c>. The type and error are what a person needs; the last line alone
/// (the log's path) is not.
/// </summary>
internal static class DirectorException
{
    /// <summary><c>TYPE: ERROR (traceback in LOG)</c>, or null when stderr holds no exception note.</summary>
    public static string? Describe(string stderr)
    {
        var lines = stderr.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var start = lines.LastIndexOf("Exception:");
        if (start < 0)
        {
            return null;
        }

        var fields = lines.Skip(start + 1)
            .TakeWhile(line => line.StartsWith(' '))
            .Select(line => line[1..].Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First()[1].Trim(), StringComparer.Ordinal);
        if (!fields.TryGetValue("type", out var type) && !fields.TryGetValue("error", out _))
        {
            return null;
        }

        var text = $"{type ?? "Exception"}: {fields.GetValueOrDefault("error", "")}";
        return fields.TryGetValue("file", out var log) ? $"{text} (traceback in {log})" : text;
    }
}
