namespace Overlord.FakeTools;

/// <summary>
/// Command-line options parsed the way click (Director) and getopts (AppJail, vm) read them:
/// short and long names, flags, options with a value, `--` ending the options.
/// </summary>
internal sealed class ParsedOptions
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    /// <summary>The first option that was not expected, when parsing failed.</summary>
    public string? Unknown { get; private set; }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string option) => _values.TryGetValue(option, out var list) ? list[^1] : null;

    public IReadOnlyList<string> Values(string option) => _values.TryGetValue(option, out var list) ? list : [];

    /// <summary>Parses <paramref name="arguments"/>; names are the canonical ones, aliases map other spellings to them.</summary>
    public static ParsedOptions Parse(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> flags,
        IReadOnlyDictionary<string, string> valued,
        bool optionsAnywhere)
    {
        var parsed = new ParsedOptions();
        using var cursor = arguments.GetEnumerator();
        var optionsEnded = false;
        while (cursor.MoveNext())
        {
            var argument = cursor.Current;
            if (optionsEnded || argument == "-" || !argument.StartsWith('-'))
            {
                parsed.Positionals.Add(argument);
                optionsEnded |= !optionsAnywhere;
                continue;
            }

            if (argument == "--")
            {
                optionsEnded = true;
            }
            else if (flags.TryGetValue(argument, out var flag))
            {
                parsed._flags.Add(flag);
            }
            else if (valued.TryGetValue(argument, out var option) && cursor.MoveNext())
            {
                if (!parsed._values.TryGetValue(option, out var list))
                {
                    parsed._values[option] = list = [];
                }

                list.Add(cursor.Current);
            }
            else
            {
                parsed.Unknown ??= argument;
            }
        }

        return parsed;
    }
}
