using Microsoft.Extensions.Logging;
using Overlord.Core.Names;

namespace Overlord.Runtime.AppJail;

public sealed partial class AppJailRuntime
{
    /// <summary>
    /// Reads <c>JAILS/JAIL/conf/labels/NAME/value</c> as the original does: one final newline dropped; a label
    /// whose value file is missing or unreadable is left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>?> JailLabelsAsync(string jail, CancellationToken cancellationToken)
    {
        var jailDirectory = Path.Combine(_options.JailsDirectory, jail);
        if (!NamePatterns.IsJail(jail) || !Directory.Exists(jailDirectory))
        {
            return null;
        }

        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var folder = Path.Combine(jailDirectory, "conf", "labels");
        foreach (var labelDirectory in LabelDirectories(folder))
        {
            var name = Path.GetFileName(labelDirectory);
            var file = Path.Combine(labelDirectory, "value");
            try
            {
                if (File.Exists(file))
                {
                    var value = await File.ReadAllTextAsync(file, cancellationToken);
                    labels[name] = value.EndsWith('\n') ? value[..^1] : value;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(exception, "Cannot read label {Label} of jail {Jail}", name, jail);
            }
        }

        return labels;
    }

    private static string[] LabelDirectories(string folder)
    {
        try
        {
            return Directory.Exists(folder) ? Directory.GetDirectories(folder) : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
