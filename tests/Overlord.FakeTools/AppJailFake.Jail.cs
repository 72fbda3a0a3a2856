namespace Overlord.FakeTools;

internal sealed partial class AppJailFake
{
    /// <summary>The cpuset of a running fake jail unless STATE/appjail/cpuset/JAIL says otherwise.</summary>
    private const string DefaultCpuset = "0, 1";

    /// <summary>
    /// `jail get [-eHIpt] [--] JAIL [KEYWORD ...]`, printed as AppJail's table does: one line, values separated by
    /// a space (a tab with -p or -t), an empty value as "-" (nothing with -I), trailing blanks removed; -H adds
    /// the upper-cased keywords first. An unknown keyword is warned about and left out.
    /// </summary>
    private int JailGet(string[] arguments)
    {
        var options = ParsedOptions.Parse(
            arguments,
            new Dictionary<string, string> { ["-e"] = "e", ["-H"] = "H", ["-I"] = "I", ["-p"] = "p", ["-t"] = "t" },
            new Dictionary<string, string>(),
            optionsAnywhere: false);
        if (options.Unknown is not null || options.Positionals.Count == 0)
        {
            return Usage("usage: jail get [-eHIpt] <jail> [<keyword> ...]");
        }

        var jail = options.Positionals[0];
        if (CheckJail(jail) is { } error)
        {
            return error;
        }

        var requested = options.Positionals.Count > 1 ? options.Positionals.Skip(1) : ["status", "name", "type", "version", "ports", "network_ip4"];
        var keywords = new JailKeywords(_jails, jail);
        var columns = new List<(string Keyword, string Value)>();
        foreach (var keyword in requested.Where(keyword => keyword.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (keywords.Value(keyword) is { } value)
            {
                columns.Add((keyword, value));
            }
            else
            {
                Log("warn", $"{keyword}: keyword not found.");
            }
        }

        if (columns.Count == 0)
        {
            return 0;
        }

        // lib_table_print: every value is followed by the separator, then trailing spaces (not tabs) are removed;
        // the header is the column list, which starts with a space.
        var separator = options.Has("p") || options.Has("t") ? "\t" : " ";
        var empty = options.Has("I") ? (columns.Count == 1 ? "" : " ") : "-";
        if (options.Has("H"))
        {
            Console.WriteLine(string.Concat(columns.Select(column => separator + column.Keyword.ToUpperInvariant())));
        }

        Console.WriteLine(string.Concat(columns.Select(column => (column.Value.Length == 0 ? empty : column.Value) + separator)).TrimEnd(' '));
        return 0;
    }

    /// <summary>`cpuset JAIL`: the CPU list of a running jail (cpuset -gj's first line after the colon).</summary>
    private int Cpuset(string[] arguments)
    {
        if (arguments.Length != 1)
        {
            return Usage("usage: cpuset <jail>\n       cpuset <jail> <cpu-list>");
        }

        var jail = arguments[0];
        if (CheckJail(jail) is { } error)
        {
            return error;
        }

        if (!_jails.IsRunning(jail))
        {
            Log("warn", $"{jail} is not running.");
            return 0;
        }

        var configured = Path.Combine(settings.StateDirectory, "appjail", "cpuset", jail);
        Console.WriteLine(File.Exists(configured) ? File.ReadAllText(configured).Trim() : DefaultCpuset);
        return 0;
    }
}
