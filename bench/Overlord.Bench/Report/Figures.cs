using System.Globalization;

namespace Overlord.Bench.Report;

/// <summary>Numbers as the table writes them: milliseconds, ratios, rates, sizes.</summary>
public static class Figures
{
    public static string Milliseconds(double value) => value >= 10_000
        ? (value / 1000).ToString("#,0.0", CultureInfo.InvariantCulture) + " s"
        : value.ToString(value < 10 ? "0.00" : value < 100 ? "0.0" : "#,0", CultureInfo.InvariantCulture) + " ms";

    public static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    public static string Rate(double value) => value.ToString("#,0", CultureInfo.InvariantCulture) + " req/s";

    public static string MegaBytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " MiB";

    public static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
