using System.Text.RegularExpressions;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// Where a Makejail is: the process runtime only reads local files. Absolute paths are used as
/// they are; relative ones resolve against a base folder (the node's metadata folder for a
/// service, the including file's folder for INCLUDE). Remote ones (<c>gh+user/repo</c>, URLs)
/// are refused, since fetching them is AppJail's job on FreeBSD.
/// </summary>
internal static partial class MakejailLocator
{
    public static bool IsRemote(string value) => value.Contains("://", StringComparison.Ordinal) || SchemePrefix().IsMatch(value);

    /// <summary>The absolute path, or null when the value is remote.</summary>
    public static string? Resolve(string value, string baseDirectory) =>
        IsRemote(value) ? null : Path.GetFullPath(Path.IsPathRooted(value) ? value : Path.Combine(baseDirectory, value));

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9.-]*\+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SchemePrefix();
}
