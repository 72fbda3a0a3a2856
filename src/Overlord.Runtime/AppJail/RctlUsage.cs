using System.Globalization;

namespace Overlord.Runtime.AppJail;

/// <summary>Reads <c>rctl -u</c>'s output: one <c>resource=amount</c> per line, e.g. <c>memoryuse=104857600</c>.</summary>
internal static class RctlUsage
{
    /// <summary>The amounts of the wanted resources, in rctl's order; lines that are not <c>key=integer</c> are skipped.</summary>
    public static IReadOnlyDictionary<string, long> Parse(string output, IReadOnlyCollection<string> wanted)
    {
        var usage = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            var separator = line.IndexOf('=', StringComparison.Ordinal);
            if (separator < 0)
            {
                continue;
            }

            var key = line[..separator].Trim();
            if (wanted.Contains(key, StringComparer.Ordinal)
                && long.TryParse(line[(separator + 1)..].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
            {
                usage[key] = amount;
            }
        }

        return usage;
    }
}
