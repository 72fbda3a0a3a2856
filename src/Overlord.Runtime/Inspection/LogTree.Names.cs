using System.Text.RegularExpressions;
using Overlord.Core.Names;

namespace Overlord.Runtime.Inspection;

public static partial class LogTree
{
    /// <summary>
    /// A route segment as a file name: URL-decoded first (a router may hand over <c>%2F</c> undecoded), then it must
    /// be a plain name, neither empty, <c>.</c> nor <c>..</c>, without <c>/</c>, <c>\</c> or NUL. Null when it is not.
    /// The original joined the decoded segments as they came, so <c>%2F</c> and <c>..</c> read any file (reference 13.8).
    /// </summary>
    public static string? DecodeSegment(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var decoded = Uri.UnescapeDataString(segment);
        return NamePatterns.IsLogSegment(decoded) ? decoded : null;
    }

    /// <summary>
    /// The Director log route's pattern (reference 2.1): <c>DATE_TIME/SERVICE/STEP.log</c>, e.g.
    /// <c>2025-01-31_10h20m30s/web/start.log</c>. Each part must also be a plain name (a service may not be <c>..</c>).
    /// </summary>
    public static bool IsDirectorLogName(string date, string service, string log) =>
        DirectorDate().IsMatch(date) && DirectorService().IsMatch(service) && DirectorLog().IsMatch(log)
        && NamePatterns.IsLogSegment(service);

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]{2}h[0-9]{2}m[0-9]{2}s$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DirectorDate();

    [GeneratedRegex("^[a-zA-Z0-9._-]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DirectorService();

    [GeneratedRegex(@"^[a-z-]+\.log$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DirectorLog();
}
