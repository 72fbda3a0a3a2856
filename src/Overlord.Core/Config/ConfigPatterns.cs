using System.Text.RegularExpressions;

namespace Overlord.Core.Config;

/// <summary>The name rules of <c>overlord.yml</c>, with the words that explain them.</summary>
internal static partial class ConfigPatterns
{
    public const string ChainNameRule = "a chain name starts with a letter, a digit or '_' and holds only letters, digits, '_' and '-'";

    public const string LabelRule = "a label is parts of lowercase letters and digits, each starting with a letter, joined by '.' or '-' (web2, db-eu, zone.eu)";

    [GeneratedRegex("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex ChainName();

    // The original's pattern; non-backtracking because its nested repetition is exponential on a near miss.
    [GeneratedRegex(@"^[a-z][a-z0-9]*((\.|-)?[a-z][a-z0-9]*)*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    public static partial Regex Label();
}
