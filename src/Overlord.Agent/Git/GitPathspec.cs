using System.Text;
using System.Text.RegularExpressions;

namespace Overlord.Agent.Git;

/// <summary>
/// The pathspecs the agent hands to a diff, matched here because libgit2 knows no pathspec magic: <c>:(literal)P</c>
/// is the path P or anything under it, <c>:(glob)P</c> is git's glob (<c>*</c> and <c>?</c> inside one folder,
/// <c>**/</c> any folders), also matching anything under a folder it names; a plain pathspec is a literal one.
/// </summary>
internal sealed class GitPathspec
{
    private const string LiteralMagic = ":(literal)";
    private const string GlobMagic = ":(glob)";

    private readonly Regex[] _patterns;

    public GitPathspec(IReadOnlyList<string> pathspecs) => _patterns = [.. pathspecs.Select(Pattern)];

    public bool Matches(string path) => _patterns.Length == 0 || _patterns.Any(pattern => pattern.IsMatch(path));

    private static Regex Pattern(string pathspec)
    {
        // A trailing slash names a folder, which the "(/.*)?" below already reaches into.
        var body = pathspec.StartsWith(GlobMagic, StringComparison.Ordinal)
            ? Glob(pathspec[GlobMagic.Length..].TrimEnd('/'))
            : Regex.Escape((pathspec.StartsWith(LiteralMagic, StringComparison.Ordinal) ? pathspec[LiteralMagic.Length..] : pathspec).TrimEnd('/'));
        // Non-backtracking: a glob of several stars must not cost more than one pass over the path.
        return new Regex($"^{body}(/.*)?\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking);
    }

    private static string Glob(string glob)
    {
        var pattern = new StringBuilder();
        for (var index = 0; index < glob.Length; index++)
        {
            if (string.CompareOrdinal(glob, index, "**/", 0, 3) == 0)
            {
                pattern.Append("(.*/)?");
                index += 2;
            }
            else if (string.CompareOrdinal(glob, index, "**", 0, 2) == 0)
            {
                pattern.Append(".*");
                index++;
            }
            else
            {
                pattern.Append(glob[index] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    var other => Regex.Escape(other.ToString()),
                });
            }
        }

        return pattern.ToString();
    }
}
