using System.Globalization;

namespace Overlord.FakeTools;

/// <summary>Reads a vm-bhyve configuration or template (<c>key=value</c> lines, as sysrc writes them) and its sizes.</summary>
internal static class VmConfig
{
    /// <summary>The value of <paramref name="key"/>, unquoted; null when it is missing or empty (vm-bhyve's <c>config::get</c> sees no value).</summary>
    public static string? Value(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var value = File.ReadLines(file)
            .Where(line => line.StartsWith(key + "=", StringComparison.Ordinal))
            .Select(line => line[(key.Length + 1)..].Trim().Trim('"', '\''))
            .LastOrDefault();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A size as truncate(1) reads it: a number with an optional K, M, G or T (powers of 1024).</summary>
    public static long? Bytes(string size)
    {
        var unit = size.Length > 0 && char.IsLetter(size[^1]) ? char.ToUpperInvariant(size[^1]) : ' ';
        var digits = unit == ' ' ? size : size[..^1];
        var power = unit switch { ' ' => 0, 'K' => 1, 'M' => 2, 'G' => 3, 'T' => 4, _ => -1 };
        return power >= 0 && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number * (1L << (10 * power))
            : null;
    }
}
