using System.Globalization;
using System.Text;

namespace Overlord.Server.Metrics;

/// <summary>Writes metrics in the Prometheus text exposition format (version 0.0.4).</summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Write(IEnumerable<MetricFamily> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        var text = new StringBuilder();
        foreach (var family in families)
        {
            if (family.Help is { Length: > 0 } help)
            {
                text.Append("# HELP ").Append(family.Name).Append(' ').Append(help).Append('\n');
            }

            text.Append("# TYPE ").Append(family.Name).Append(' ').Append(TypeName(family.Kind)).Append('\n');
            foreach (var (labels, value) in family.Values.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                Line(text, family.Name, labels, value);
            }

            foreach (var (labels, series) in family.Histograms.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                long cumulative = 0;
                for (var i = 0; i < MetricsCollector.Buckets.Length; i++)
                {
                    cumulative += series.BucketCounts[i];
                    Line(text, family.Name + "_bucket", Join(labels, $"le=\"{Number(MetricsCollector.Buckets[i])}\""), cumulative);
                }

                Line(text, family.Name + "_bucket", Join(labels, "le=\"+Inf\""), series.Count);
                Line(text, family.Name + "_sum", labels, series.Sum);
                Line(text, family.Name + "_count", labels, series.Count);
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string name, string labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').Append(labels).Append('}');
        }

        text.Append(' ').Append(Number(value)).Append('\n');
    }

    private static string Join(string labels, string extra) => labels.Length == 0 ? extra : labels + "," + extra;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string TypeName(MetricKind kind) => kind switch
    {
        MetricKind.Counter => "counter",
        MetricKind.Histogram => "histogram",
        _ => "gauge",
    };
}
