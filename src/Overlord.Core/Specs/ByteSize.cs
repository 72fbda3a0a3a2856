using System.Globalization;
using System.Text.RegularExpressions;

namespace Overlord.Core.Specs;

/// <summary>
/// Binary sizes as the original read them (humanfriendly.parse_size with binary units):
/// <c>1024</c>, <c>512m</c>, <c>1G</c>, <c>1.5 GiB</c>, <c>100k</c>; every unit is a power of 1024.
/// </summary>
public static partial class ByteSize
{
    public const string Rule = "a size is a number of bytes or a number with a unit k, m, g, t, p or e (powers of 1024), as in 512m or 1G";

    private const string Units = "kmgtpe";

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*(?:([kmgtpe])(?:i?b)?|b|bytes)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SizePattern();

    [GeneratedRegex("^[0-9]+[kmgtpeKMGTPE]?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DiskSizePattern();

    /// <summary>The size in bytes, rounded down; false when the text is not a size or overflows.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        bytes = 0;
        var match = SizePattern().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var power = match.Groups[2].Success ? Units.IndexOf(char.ToLowerInvariant(match.Groups[2].Value[0]), StringComparison.Ordinal) + 1 : 0;
        try
        {
            var multiplier = (decimal)Math.Pow(1024, power);
            bytes = (long)decimal.Floor(number * multiplier);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>True for the sizes truncate(1) takes, as vm-bhyve passes disk0_size to it: digits and one optional unit letter.</summary>
    public static bool IsDiskSize(string text) => DiskSizePattern().IsMatch(text);
}
