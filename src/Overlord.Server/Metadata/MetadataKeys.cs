using System.Text.RegularExpressions;

namespace Overlord.Server.Metadata;

/// <summary>The original's metadata key and namespace name grammar (reference section 2.1).</summary>
internal static partial class MetadataKeys
{
    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9]*(?:(?:\.|-|_)?[a-zA-Z][a-zA-Z0-9]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    public static bool IsValid(string key) => key.Length <= 255 && KeyPattern().IsMatch(key);
}
