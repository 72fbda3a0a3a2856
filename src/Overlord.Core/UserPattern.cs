using System.Text.RegularExpressions;

namespace Overlord.Core;

/// <summary>
/// A regular expression a user gives (get-info's <c>--filter</c>, a tree request's <c>filter</c>). It runs on the
/// non-backtracking engine, whose time is linear in the input, whenever the pattern allows it (issue 11.2); only
/// a pattern that needs backtracking (a backreference, a lookaround) runs on the backtracking engine, and then
/// the match timeout bounds it.
/// </summary>
public static class UserPattern
{
    /// <summary>
    /// Compiles <paramref name="pattern"/>; throws <see cref="ArgumentException"/> when it is not a valid
    /// expression, as <see cref="Regex"/> does.
    /// </summary>
    public static Regex Compile(string pattern, TimeSpan matchTimeout)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, matchTimeout);
        }
    }
}
