using System.Text.RegularExpressions;
using Overlord.Core;

namespace Overlord.Server.Api;

/// <summary>
/// The <c>filter</c> values of a tree request, as get-info applies them: regular expressions searched in a
/// name (none: everything matches), or for projects literal names. A pattern that is not a valid
/// expression is refused. A pattern runs in linear time when it can (<see cref="UserPattern"/>); otherwise each
/// match has a time limit, so a pathological pattern cannot hold the node.
/// </summary>
internal sealed class TreeFilter
{
    private static readonly TimeSpan MatchLimit = TimeSpan.FromMilliseconds(100);

    private readonly IReadOnlyList<Regex> _patterns;

    private TreeFilter(IReadOnlyList<string> values, IReadOnlyList<Regex> patterns)
    {
        Values = values;
        _patterns = patterns;
    }

    /// <summary>The filters as given (project names, for <c>projects</c>).</summary>
    public IReadOnlyList<string> Values { get; }

    public static TreeFilter? TryCreate(IReadOnlyList<string> values)
    {
        var patterns = new List<Regex>();
        foreach (var value in values)
        {
            try
            {
                patterns.Add(UserPattern.Compile(value, MatchLimit));
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        return new TreeFilter(values, patterns);
    }

    public bool Matches(string name)
    {
        try
        {
            return _patterns.Count == 0 || _patterns.Any(pattern => pattern.IsMatch(name));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
