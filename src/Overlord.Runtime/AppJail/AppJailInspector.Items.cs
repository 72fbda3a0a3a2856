using System.Globalization;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;
using Overlord.Core.Jails;
using Overlord.Core.Names;

namespace Overlord.Runtime.AppJail;

public sealed partial class AppJailInspector
{
    /// <summary>
    /// One record per entry of the item's folder: each configured keyword read from its file (one final newline
    /// dropped; an empty or missing file is null), plus the entry's index (<c>nro</c>, <c>name</c> or <c>network</c>).
    /// Empty when the jail has no such folder; null when there is no such jail.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>?> GetItemAsync(string jail, JailItem item, CancellationToken cancellationToken)
    {
        if (!NamePatterns.IsJail(jail) || !JailExists(jail))
        {
            return null;
        }

        var layout = JailItemLayout.For(item);
        var folder = Path.Combine(_options.JailsDirectory, jail, "conf", layout.Folder);
        var keywords = _options.Keywords.ByGroup[layout.KeywordGroup];
        var valid = PollingKeywordCatalog.Valid[layout.KeywordGroup];
        var records = new List<IReadOnlyDictionary<string, string?>>();
        foreach (var entry in Entries(folder, layout.Numbered))
        {
            var record = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var keyword in keywords)
            {
                // Only catalogued keywords name files: a configured keyword can never reach outside the entry.
                var file = valid.Contains(keyword, StringComparer.Ordinal) ? layout.FileOf(keyword) : null;
                record[keyword] = file is null ? null : await ReadValueAsync(Path.Combine(folder, entry, file), cancellationToken);
            }

            // As the original: with no keywords configured a record is empty, without its index either.
            if (keywords.Count > 0)
            {
                record[layout.IndexKey] = entry;
            }

            records.Add(record);
        }

        return records;
    }

    /// <summary>The entry folders, numbered ones (AppJail's <c>nro</c>) in numeric order, others by name.</summary>
    private static List<string> Entries(string folder, bool numbered)
    {
        try
        {
            var names = Directory.Exists(folder)
                ? Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>().ToList()
                : [];
            return numbered
                ? names.Where(IsNro).OrderBy(name => int.Parse(name, CultureInfo.InvariantCulture)).ThenBy(name => name, StringComparer.Ordinal).ToList()
                : names.Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return []; // removed while listed, or unreadable: as if the jail had none
        }
    }

    private static bool IsNro(string name) => name.Length is > 0 and < 10 && name.All(char.IsAsciiDigit);

    private async Task<string?> ReadValueAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }

            var value = WithoutFinalNewline(await File.ReadAllTextAsync(file, cancellationToken));
            return value.Length == 0 ? null : value;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(exception, "Cannot read {File}", file);
            return null;
        }
    }
}
