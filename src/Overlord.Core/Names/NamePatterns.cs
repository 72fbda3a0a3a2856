namespace Overlord.Core.Names;

/// <summary>
/// The name grammars of the original server (behaviour reference §2.1), checked before a request is sent
/// so a bad name never reaches the wire. The grammars are Core's <see cref="NameRules"/>: anchored at both
/// ends, unlike some of the original's regexes, and checked in one linear pass, since a name is user input.
/// </summary>
public static class NamePatterns
{
    /// <summary>A jail name, and also one segment of a chain path.</summary>
    public static bool IsJail(string? name) => NameRules.Jail.IsMatch(name);

    /// <summary>One segment of a chain path (the grammar of jail names).</summary>
    public static bool IsChainSegment(string? name) => IsJail(name);

    /// <summary>A Director project name; <c>.</c> and <c>..</c> are refused since a URL would fold them away.</summary>
    public static bool IsProject(string? name) => name is not "." and not ".." && NameRules.Project.IsMatch(name);

    /// <summary>A VM name.</summary>
    public static bool IsVm(string? name) => NameRules.VmRoute.IsMatch(name);

    /// <summary>A metadata key or namespace name.</summary>
    public static bool IsMetadataKey(string? name) => NameRules.MetadataKey.IsMatch(name);

    /// <summary>The longest metadata key or namespace name a node keeps: each is a file or folder name.</summary>
    public const int MaxStoredMetadataKeyLength = 255;

    /// <summary>A metadata key or namespace name a node keeps: the grammar, and short enough to be a file name.</summary>
    public static bool IsStoredMetadataKey(string? name) => name is { Length: <= MaxStoredMetadataKeyLength } && IsMetadataKey(name);

    /// <summary>
    /// One segment of a log path, a plain file name: no slash, backslash or NUL, not a dot segment. The original only
    /// checked the first character, which let <c>..</c> escape the log folder (reference §13.8).
    /// </summary>
    public static bool IsLogSegment(string? segment) =>
        !string.IsNullOrEmpty(segment) && segment is not "." and not ".." && segment.AsSpan().IndexOfAny('/', '\\', '\0') < 0;
}
