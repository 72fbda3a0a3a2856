namespace Overlord.Core.Names;

/// <summary>
/// One name grammar, checked by hand in a single pass. Names are user input, so a check must be linear; a
/// hand-written one also costs nothing to set up, where each non-backtracking regular expression took tens of
/// milliseconds to build on first use, on every CLI command's start.
/// </summary>
public sealed class NameRule
{
    private readonly Func<string, bool> _matches;

    internal NameRule(string grammar, Func<string, bool> matches)
    {
        Grammar = grammar;
        _matches = matches;
    }

    /// <summary>The grammar as a regular expression anchored at both ends (for messages, docs and the tests' oracle).</summary>
    public string Grammar { get; }

    /// <summary>Whether the whole of <paramref name="value"/> follows the grammar; null never does.</summary>
    public bool IsMatch(string? value) => value is not null && _matches(value);

    public override string ToString() => Grammar;
}
