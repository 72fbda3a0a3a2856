using System.Text.RegularExpressions;

namespace Overlord.Agent.Webhooks;

/// <summary>
/// A repository address reduced to what identifies it: host (lower case, empty for a local path) and path,
/// without scheme, credentials, port, trailing slash or <c>.git</c>.
/// </summary>
public sealed partial record RepositoryLocation(string Host, string Path)
{
    public static RepositoryLocation Parse(string address)
    {
        var text = address.Trim();
        if (text.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return new RepositoryLocation(uri.Host.ToLowerInvariant(), NormalizePath(Uri.UnescapeDataString(uri.AbsolutePath)));
        }

        // scp-like syntax, [user@]host:path; a one-letter "host" is a Windows drive.
        var scp = ScpLike().Match(text);
        if (scp.Success && scp.Groups["host"].Length > 1)
        {
            return new RepositoryLocation(scp.Groups["host"].Value.ToLowerInvariant(), NormalizePath(scp.Groups["path"].Value));
        }

        return new RepositoryLocation(string.Empty, NormalizePath(text.Replace('\\', '/')));
    }

    /// <summary>
    /// Whether owner/name (or GitLab's group/subgroup/name) is this location's whole path, without case as forges
    /// compare names. The whole path, not its end: <c>repo</c> or <c>evil/repo</c> must not pass for <c>ops/repo</c>.
    /// A local path has no owner/name.
    /// </summary>
    public bool IsNamed(string fullName)
    {
        var name = NormalizePath(fullName);
        return Host.Length > 0 && name.Length > 1 && string.Equals(Path, name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Same host and path. Paths compare without case: hosted forges treat owner and name that way, and a
    /// webhook only asks the agent to look again, so a loose match costs one fetch at most.</summary>
    public bool SameAs(RepositoryLocation other) =>
        Host == other.Host && string.Equals(Path, other.Path, StringComparison.OrdinalIgnoreCase);

    private static string NormalizePath(string path)
    {
        var trimmed = path.Trim().TrimEnd('/');
        if (trimmed.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^4].TrimEnd('/');
        }

        return "/" + trimmed.TrimStart('/');
    }

    [GeneratedRegex(@"^(?:[^@/]+@)?(?<host>[^/:@]+):(?<path>.*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ScpLike();
}
