using System.Globalization;

namespace Overlord.Cli.Output;

/// <summary>
/// The two formats of Python's humanfriendly that get-info printed: <c>format_timespan</c>
/// (<c>3 minutes and 2.5 seconds</c>) and <c>format_size(binary=True)</c> (<c>1.5 MiB</c>).
/// </summary>
internal static class HumanFriendly
{
    private static readonly (decimal Divider, string Singular)[] TimeUnits =
    [
        (60m * 60 * 24 * 7 * 52, "year"),
        (60m * 60 * 24 * 7, "week"),
        (60m * 60 * 24, "day"),
        (60m * 60, "hour"),
        (60m, "minute"),
        (1m, "second"),
    ];

    private static readonly string[] BinaryUnits = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];

    /// <summary>Seconds as words: whole units from years down, the seconds rounded to 2 places, at most 3 parts.</summary>
    public static string Timespan(double seconds)
    {
        if (seconds < 60)
        {
            return Pluralize(RoundNumber(seconds), "second", "seconds");
        }

        var parts = new List<string>();
        var remaining = (decimal)seconds;
        foreach (var (divider, singular) in TimeUnits)
        {
            var count = remaining / divider;
            remaining %= divider;
            var text = divider == 1m ? RoundNumber((double)count) : decimal.Truncate(count).ToString(CultureInfo.InvariantCulture);
            if (text != "0")
            {
                parts.Add(Pluralize(text, singular, singular + "s"));
            }
        }

        return parts.Count == 1 ? parts[0] : Concatenate(parts.Take(3).ToList());
    }

    /// <summary>Bytes in binary units: <c>512 bytes</c>, <c>1 byte</c>, <c>1.5 KiB</c>, <c>3 MiB</c>.</summary>
    public static string Size(long bytes)
    {
        for (var i = BinaryUnits.Length - 1; i >= 0; i--)
        {
            var divider = Math.Pow(1024, i + 1);
            if (bytes >= divider)
            {
                return $"{RoundNumber(bytes / divider)} {BinaryUnits[i]}";
            }
        }

        return Pluralize(bytes.ToString(CultureInfo.InvariantCulture), "byte", "bytes");
    }

    /// <summary>Two decimals, trailing zeros and a trailing point removed.</summary>
    public static string RoundNumber(double value)
    {
        var text = value.ToString("F2", CultureInfo.InvariantCulture).TrimEnd('0');
        return text.EndsWith('.') ? text[..^1] : text;
    }

    private static string Pluralize(string count, string singular, string plural) =>
        $"{count} {(double.Parse(count, CultureInfo.InvariantCulture) == 1.0 ? singular : plural)}";

    private static string Concatenate(List<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
