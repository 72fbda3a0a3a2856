using System.Globalization;

namespace Overlord.Server.Integrations;

/// <summary>
/// The <c>overlord.*</c> labels of one service. As in the original, a label with an empty value counts as
/// absent (AppJail writes an empty file, which the original reads as no value).
/// </summary>
public sealed class ServiceLabels
{
    /// <summary>The prefix of the labels Overlord reads; AppJail's own and the user's other labels are ignored.</summary>
    public const string Prefix = "overlord.";

    private readonly SortedDictionary<string, string> _labels = new(StringComparer.Ordinal);

    public ServiceLabels(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (name, value) in labels)
        {
            if (name.StartsWith(Prefix, StringComparison.Ordinal) && value.Length > 0)
            {
                _labels[name] = value;
            }
        }
    }

    public int Count => _labels.Count;

    /// <summary>The label's value, or null when it is absent or empty.</summary>
    public string? Get(string name) => _labels.GetValueOrDefault(name);

    public bool Has(string name) => _labels.ContainsKey(name);

    /// <summary>The labels whose names start with <paramref name="prefix"/>, by the rest of the name, in name order.</summary>
    public IEnumerable<(string Suffix, string Name, string Value)> StartingWith(string prefix) =>
        _labels.Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal) && pair.Key.Length > prefix.Length)
            .Select(pair => (pair.Key[prefix.Length..], pair.Key, pair.Value));

    /// <summary>A whole number label: its default when absent, null when it is not a number.</summary>
    public int? WholeNumber(string name, int fallback) =>
        Get(name) is not { } text ? fallback
        : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : null;
}
