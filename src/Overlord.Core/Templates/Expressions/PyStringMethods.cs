namespace Overlord.Core.Templates;

/// <summary>str methods: <c>upper lower strip lstrip rstrip split replace startswith endswith join isdigit</c>.</summary>
internal static class PyStringMethods
{
    public static object? Call(string text, string name, PyArguments call)
    {
        switch (name)
        {
            case "upper":
                call.Count(0, 0);
                return text.ToUpperInvariant();
            case "lower":
                call.Count(0, 0);
                return text.ToLowerInvariant();
            case "strip" or "lstrip" or "rstrip":
                call.Count(0, 1);
                return Strip(text, name, call.OptionalText(0));
            case "split":
                call.Count(0, 2);
                return Split(text, call.OptionalText(0), call.Length > 1 ? call.Int(1) : -1, call);
            case "replace":
                call.Count(2, 3);
                return Replace(text, call.Text(0), call.Text(1), call.Length > 2 ? call.Int(2) : -1);
            case "startswith" or "endswith":
                call.Count(1, 1);
                return Affixes(call).Any(affix => name == "startswith"
                    ? text.StartsWith(affix, StringComparison.Ordinal)
                    : text.EndsWith(affix, StringComparison.Ordinal));
            case "join":
                call.Count(1, 1);
                return string.Join(text, Items(call));
            default:
                call.Count(0, 0);
                return text.Length > 0 && text.All(char.IsDigit);
        }
    }

    private static string Strip(string text, string name, string? characters)
    {
        var set = characters?.ToCharArray();
        return name switch
        {
            "lstrip" => set is null ? text.TrimStart() : text.TrimStart(set),
            "rstrip" => set is null ? text.TrimEnd() : text.TrimEnd(set),
            _ => set is null ? text.Trim() : text.Trim(set),
        };
    }

    /// <summary>Python's split: without a separator, runs of whitespace split and edges are dropped.</summary>
    private static List<object?> Split(string text, string? separator, long maxSplit, PyArguments call)
    {
        if (separator is null)
        {
            var words = new List<object?>();
            var rest = text.TrimStart();
            while (rest.Length > 0)
            {
                if (maxSplit >= 0 && words.Count == maxSplit)
                {
                    words.Add(rest);
                    break;
                }

                var end = 0;
                while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
                {
                    end++;
                }

                words.Add(rest[..end]);
                rest = rest[end..].TrimStart();
            }

            return words;
        }

        if (separator.Length == 0)
        {
            throw new TemplateException(call.Mark, "split(): the separator is empty");
        }

        var parts = maxSplit < 0
            ? text.Split(separator)
            : text.Split(separator, (int)Math.Min(int.MaxValue, maxSplit + 1));
        return parts.Cast<object?>().ToList();
    }

    private static string Replace(string text, string old, string replacement, long count)
    {
        if (count < 0)
        {
            return old.Length > 0 ? text.Replace(old, replacement, StringComparison.Ordinal)
                : text.Length == 0 ? replacement
                : replacement + string.Join(replacement, text.Select(c => new string(c, 1))) + replacement;
        }

        var builder = new System.Text.StringBuilder();
        var position = 0;
        for (var done = 0L; done < count && old.Length > 0; done++)
        {
            var found = text.IndexOf(old, position, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            builder.Append(text, position, found - position).Append(replacement);
            position = found + old.Length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static IEnumerable<string> Affixes(PyArguments call) => call[0] is List<object?> list
        ? list.Select((_, i) => list[i] as string ?? throw new TemplateException(call.Mark, "startswith()/endswith() take a str or a list of str"))
        : [call.Text(0)];

    private static IEnumerable<string> Items(PyArguments call) => call[0] switch
    {
        List<object?> list => list.Select(item => item as string
            ?? throw new TemplateException(call.Mark, $"join() needs a list of str; it holds {PyValues.TypeName(item)}")),
        string text => text.Select(c => new string(c, 1)),
        var other => throw new TemplateException(call.Mark, $"join() needs a list of str, not {PyValues.TypeName(other)}"),
    };
}
