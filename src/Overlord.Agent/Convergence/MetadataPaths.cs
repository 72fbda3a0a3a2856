using Overlord.Core.Names;

namespace Overlord.Agent.Convergence;

/// <summary>
/// Finds metadata keys named as <c>${OVERLORD_METADATA}/KEY</c> or <c>$OVERLORD_METADATA/KEY</c>. Everything here
/// scans by hand in one pass, and keys are checked by Core's linear <see cref="NameRules.MetadataKey"/>: the key
/// grammar as a regular expression backtracks exponentially on a long run of "a." (the open security issue about
/// the original's pattern), and these texts come from a git repository.
/// </summary>
internal static class MetadataPaths
{
    public const string Variable = "OVERLORD_METADATA";

    private const string BracedPrefix = "${" + Variable + "}/";
    private const string BarePrefix = "$" + Variable + "/";

    /// <summary>Every key a path in <paramref name="text"/> names, in order, repeats included.</summary>
    public static IEnumerable<string> KeysNamedIn(string text)
    {
        var index = 0;
        while ((index = text.IndexOf(Variable, index, StringComparison.Ordinal)) >= 0)
        {
            var start = PathStart(text, index);
            index += Variable.Length;
            if (start < 0)
            {
                continue;
            }

            var key = ScanKey(text, start, out var end);
            index = end;
            if (key is not null)
            {
                yield return key;
            }
        }
    }

    /// <summary>The key when the whole of <paramref name="value"/> is one metadata path, otherwise null.</summary>
    public static string? WholePathKey(string value)
    {
        var prefix = value.StartsWith(BracedPrefix, StringComparison.Ordinal) ? BracedPrefix.Length
            : value.StartsWith(BarePrefix, StringComparison.Ordinal) ? BarePrefix.Length
            : -1;
        return prefix >= 0 && NameRules.MetadataKey.IsMatch(value[prefix..]) ? value[prefix..] : null;
    }

    /// <summary>Where the key starts when the variable's name at <paramref name="nameStart"/> is a reference
    /// followed by '/', otherwise -1.</summary>
    private static int PathStart(string text, int nameStart)
    {
        var nameEnd = nameStart + Variable.Length;
        if (nameStart >= 2 && text[nameStart - 2] == '$' && text[nameStart - 1] == '{'
            && nameEnd + 1 < text.Length && text[nameEnd] == '}' && text[nameEnd + 1] == '/')
        {
            return nameEnd + 2;
        }

        return nameStart >= 1 && text[nameStart - 1] == '$' && nameEnd < text.Length && text[nameEnd] == '/' ? nameEnd + 1 : -1;
    }

    /// <summary>The longest run of key characters from <paramref name="start"/>, without trailing separators
    /// (a sentence's full stop, say), when it is a key; <paramref name="end"/> is where the run stops.</summary>
    private static string? ScanKey(string text, int start, out int end)
    {
        end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || IsSeparator(text[end])))
        {
            end++;
        }

        var last = end;
        while (last > start && IsSeparator(text[last - 1]))
        {
            last--;
        }

        var key = text[start..last];
        return NameRules.MetadataKey.IsMatch(key) ? key : null;
    }

    private static bool IsSeparator(char c) => c is '.' or '-' or '_';
}
