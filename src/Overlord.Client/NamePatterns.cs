using System.Text.RegularExpressions;

namespace Overlord.Client;

/// <summary>
/// The name grammars of the original server (behaviour reference §2.1), checked before a request is sent
/// so a bad name never reaches the wire. Anchored at both ends, unlike some of the original's regexes, and
/// non-backtracking: a name is user input, so matching it must take linear time.
/// </summary>
public static partial class NamePatterns
{
    /// <summary>A jail name, and also one segment of a chain path.</summary>
    public static bool IsJail(string? name) => name is not null && JailRegex().IsMatch(name);

    /// <summary>One segment of a chain path (the grammar of jail names).</summary>
    public static bool IsChainSegment(string? name) => IsJail(name);

    /// <summary>A Director project name; <c>.</c> and <c>..</c> are refused since a URL would fold them away.</summary>
    public static bool IsProject(string? name) => name is not null and not "." and not ".." && ProjectRegex().IsMatch(name);

    /// <summary>A VM name.</summary>
    public static bool IsVm(string? name) => name is not null && VmRegex().IsMatch(name);

    /// <summary>A metadata key or namespace name.</summary>
    public static bool IsMetadataKey(string? name) => name is not null && MetadataKeyRegex().IsMatch(name);

    /// <summary>
    /// One segment of a log path: no slash, no backslash, not a dot segment. The original only checked the
    /// first character, which let <c>..</c> escape the log folder (reference §13.8).
    /// </summary>
    public static bool IsLogSegment(string? segment) =>
        !string.IsNullOrEmpty(segment) && segment is not "." and not ".." && segment.IndexOfAny(['/', '\\']) < 0;

    [GeneratedRegex("^[a-zA-Z0-9_][a-zA-Z0-9_-]*\\z", RegexOptions.NonBacktracking)]
    private static partial Regex JailRegex();

    [GeneratedRegex("^[a-zA-Z0-9._-]+\\z", RegexOptions.NonBacktracking)]
    private static partial Regex ProjectRegex();

    [GeneratedRegex("^[a-zA-Z0-9][.a-zA-Z0-9_-]{0,229}[a-zA-Z0-9]\\z", RegexOptions.NonBacktracking)]
    private static partial Regex VmRegex();

    // The original's ^[a-zA-Z][a-zA-Z0-9]*(?:(?:\.|-|_)?[a-zA-Z][a-zA-Z0-9]*)*$ accepts the same keys but backtracks
    // exponentially on a near miss (a 26-character "aaa...a!" took 5.6 s, issue 11.2).
    [GeneratedRegex(@"^[a-zA-Z](?:[a-zA-Z0-9]|[._-][a-zA-Z])*\z", RegexOptions.NonBacktracking)]
    private static partial Regex MetadataKeyRegex();
}
