using System.Text.RegularExpressions;
using Overlord.Core;

namespace Overlord.Cli.Output;

/// <summary>get-info's <c>--filter</c> patterns: a value passes when any pattern is found in it (Python's <c>re.search</c>),
/// or when there is no pattern.</summary>
internal sealed class InfoPatterns
{
    private readonly List<Regex> _patterns;

    private InfoPatterns(List<Regex> patterns) => _patterns = patterns;

    /// <summary>The patterns as given, to let the nodes filter too.</summary>
    public IReadOnlyList<string> Sources => _patterns.Select(p => p.ToString()).ToList();

    public static InfoPatterns None { get; } = new([]);

    /// <summary>Compiles the patterns; a bad one is refused with its error.</summary>
    public static InfoPatterns? TryCreate(IEnumerable<string> patterns, out string? error)
    {
        var compiled = new List<Regex>();
        foreach (var pattern in patterns)
        {
            try
            {
                compiled.Add(UserPattern.Compile(pattern, TimeSpan.FromSeconds(1)));
            }
            catch (ArgumentException e)
            {
                error = $"--filter '{pattern}' is not a valid regular expression: {e.Message}";
                return null;
            }
        }

        error = null;
        return new InfoPatterns(compiled);
    }

    /// <summary>A pattern matching exactly <paramref name="text"/>, as the original's <c>^re.escape(x)$</c>.</summary>
    public static string Exactly(string text) => $"^{Regex.Escape(text)}$";

    public bool Matches(string? value) => _patterns.Count == 0 || (value is not null && _patterns.Any(p => p.IsMatch(value)));
}
