using System.Text;
using System.Text.RegularExpressions;

namespace Overlord.Agent.Planning;

/// <summary>
/// One watched-path glob, relative to the repository's root: <c>*</c> and <c>?</c> stay inside one folder,
/// <c>**</c> crosses folders, and no wildcard enters a folder whose name starts with a dot (<c>.git</c>,
/// <c>.github</c>); a glob reaches such a folder only by naming it (AgentConfig.Paths).
/// </summary>
public sealed class PathGlob
{
    private const string AnyFolders = "**";

    private readonly string[] _segments;
    private readonly Regex?[] _patterns;

    public PathGlob(string glob)
    {
        ArgumentException.ThrowIfNullOrEmpty(glob);
        Text = glob;
        _segments = glob.Split('/', StringSplitOptions.RemoveEmptyEntries);
        _patterns = _segments.Select(segment => segment == AnyFolders || !HasWildcard(segment) ? null : SegmentPattern(segment)).ToArray();
    }

    public string Text { get; }

    public bool Matches(string path)
    {
        var parts = path.Split('/');
        return parts.All(part => part.Length > 0) && Match(parts, 0, 0);
    }

    private bool Match(string[] parts, int part, int segment)
    {
        if (segment == _segments.Length)
        {
            return part == parts.Length;
        }

        if (_segments[segment] == AnyFolders)
        {
            // Zero or more folders, none of them a dot folder; a trailing ** also takes the file name.
            var last = segment == _segments.Length - 1;
            for (var skipped = part; ; skipped++)
            {
                if (Match(parts, skipped, segment + 1))
                {
                    return true;
                }

                if (skipped == parts.Length || (IsFolder(parts, skipped) ? parts[skipped][0] == '.' : !last))
                {
                    return false;
                }
            }
        }

        if (part == parts.Length || !MatchSegment(segment, parts[part], IsFolder(parts, part)))
        {
            return false;
        }

        return Match(parts, part + 1, segment + 1);
    }

    private bool MatchSegment(int segment, string name, bool isFolder)
    {
        if (_patterns[segment] is not { } pattern)
        {
            return string.Equals(_segments[segment], name, StringComparison.Ordinal);
        }

        return !(isFolder && name[0] == '.') && pattern.IsMatch(name);
    }

    private static bool IsFolder(string[] parts, int index) => index < parts.Length - 1;

    private static bool HasWildcard(string segment) => segment.IndexOfAny(['*', '?']) >= 0;

    private static Regex SegmentPattern(string segment)
    {
        var pattern = new StringBuilder("^");
        foreach (var c in segment)
        {
            pattern.Append(c switch
            {
                '*' => "[^/]*",
                '?' => "[^/]",
                _ => Regex.Escape(c.ToString()),
            });
        }

        // Non-backtracking: on the backtracking engine "*a*a*a*b" against a long name costs a power of its length.
        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }
}
