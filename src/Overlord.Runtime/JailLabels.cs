using Overlord.Core.Names;
using Overlord.Core.Results;
using Overlord.Runtime.Director;

namespace Overlord.Runtime;

/// <summary>
/// Labels of a jail, as AppJail keeps them (<c>conf/labels/NAME/value</c>) and as a Director file sets them: an
/// option <c>- label: "NAME:VALUE"</c> (AppJail's <c>quick</c> option: the name before the first colon, the
/// value after it, empty when there is no colon).
/// </summary>
public static class JailLabels
{
    /// <summary>The Director option that adds a label.</summary>
    public const string OptionName = "label";

    /// <summary>AppJail's rule for label names (<c>lib_check_labelname</c>).</summary>
    public static bool IsValidName(string name) => NameRules.Label.IsMatch(name);

    /// <summary>
    /// The labels a service's options set, later ones winning: the file's global options unless the service has
    /// <c>reset_options</c>, then its own. An invalid name is an error, as <c>appjail quick</c> refuses it.
    /// </summary>
    public static Result<IReadOnlyDictionary<string, string>> FromOptions(DirectorFile file, DirectorService service)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(service);
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var options = service.ResetOptions ? service.Options : [.. file.Options, .. service.Options];
        foreach (var option in options.Where(option => option.Key == OptionName))
        {
            var (name, value) = Split(option.Value ?? "");
            if (!IsValidName(name))
            {
                return Result.Failure<IReadOnlyDictionary<string, string>>(ErrorCodes.Invalid, $"Invalid label name '{name}'");
            }

            labels[name] = value;
        }

        return labels;
    }

    private static (string Name, string Value) Split(string option)
    {
        var text = option.TrimStart();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (text, "") : (text[..colon], text[(colon + 1)..]);
    }
}
