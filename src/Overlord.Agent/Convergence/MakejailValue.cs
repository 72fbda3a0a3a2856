namespace Overlord.Agent.Convergence;

/// <summary>What a <c>makejail:</c>, INCLUDE or COPY value points at: a metadata key, a remote Makejail, or a file on the node.</summary>
internal static class MakejailValue
{
    /// <summary>
    /// The metadata key the value names: <c>${OVERLORD_METADATA}/KEY</c> (read even when the node lacks it), or a bare
    /// name the node holds, since the process runtime resolves relative names against the node's metadata folder.
    /// </summary>
    public static string? KeyOf(string value, IReadOnlyDictionary<string, string> metadata) =>
        MetadataPaths.WholePathKey(value)
        ?? (!value.Contains('/', StringComparison.Ordinal) && metadata.ContainsKey(value) ? value : null);

    /// <summary>As the runtime's MakejailLocator: a URL, or a <c>scheme+</c> prefix such as <c>gh+user/repo</c>.</summary>
    public static bool IsRemote(string value) => value.Contains("://", StringComparison.Ordinal) || HasSchemePrefix(value);

    public static string Unquote(string value) =>
        value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0] ? value[1..^1] : value;

    // ^[A-Za-z][A-Za-z0-9.-]*\+ without a regular expression.
    private static bool HasSchemePrefix(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        var index = 1;
        while (index < value.Length && (char.IsAsciiLetterOrDigit(value[index]) || value[index] is '.' or '-'))
        {
            index++;
        }

        return index < value.Length && value[index] == '+';
    }
}
