using System.Text.RegularExpressions;

namespace Overlord.Server.Metadata;

/// <summary>The original's metadata key and namespace name grammar (reference section 2.1).</summary>
internal static partial class MetadataKeys
{
    // Equivalent to the original's ^[a-zA-Z][a-zA-Z0-9]*(?:(?:\.|-|_)?[a-zA-Z][a-zA-Z0-9]*)*$, which backtracks
    // exponentially on a near miss such as "aaa...a!" (issue 11.2).
    [GeneratedRegex(@"^[a-zA-Z](?:[a-zA-Z0-9]|[._-][a-zA-Z])*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex KeyPattern();

    public static bool IsValid(string key) => key.Length <= 255 && KeyPattern().IsMatch(key);
}
