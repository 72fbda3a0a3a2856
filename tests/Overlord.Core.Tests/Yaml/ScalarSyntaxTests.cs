using System.Text;
using System.Text.RegularExpressions;
using Overlord.Core.Yaml;

namespace Overlord.Core.Tests.Yaml;

/// <summary>
/// The hand-written recognizers against the YAML 1.1 resolver's own regular expressions (PyYAML's, kept here as the
/// oracle): every string up to five characters over the characters that matter, and random longer ones.
/// </summary>
public sealed class ScalarSyntaxTests
{
    private static readonly Regex Boolean = new("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$", RegexOptions.NonBacktracking);
    private static readonly Regex Integer = new("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$", RegexOptions.NonBacktracking);
    private static readonly Regex Float = new(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.NonBacktracking);

    private const string Alphabet = "0179bx_:.+-eE";

    [Fact]
    public void Every_short_string_is_classified_as_the_resolvers_patterns_do()
    {
        var mismatches = new List<string>();
        foreach (var text in AllStrings(Alphabet, 5))
        {
            Check(text, mismatches);
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Random_longer_strings_are_classified_as_the_resolvers_patterns_do()
    {
        var random = new Random(20261207);
        var mismatches = new List<string>();
        for (var i = 0; i < 200_000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 14);
            for (var j = 0; j < length; j++)
            {
                builder.Append("0123456789abfxAF_:.+-eE"[random.Next(23)]);
            }

            Check(builder.ToString(), mismatches);
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(".inf")]
    [InlineData("-.Inf")]
    [InlineData(".NaN")]
    [InlineData("+.nan")]
    [InlineData("190:20:30.15")]
    [InlineData("6.8523015e+5")]
    [InlineData("yes")]
    [InlineData("OFF")]
    [InlineData("oN")]
    [InlineData("0x_DEAD")]
    public void Named_forms_are_classified_as_the_resolvers_patterns_do(string text)
    {
        var mismatches = new List<string>();
        Check(text, mismatches);
        Assert.Empty(mismatches);
    }

    private static void Check(string text, List<string> mismatches)
    {
        if (ScalarSyntax.IsBoolean(text) != Boolean.IsMatch(text)
            || ScalarSyntax.IsInteger(text) != Integer.IsMatch(text)
            || ScalarSyntax.IsFloat(text) != Float.IsMatch(text))
        {
            mismatches.Add($"'{text}': boolean {Boolean.IsMatch(text)}, integer {Integer.IsMatch(text)}, float {Float.IsMatch(text)}");
        }
    }

    private static IEnumerable<string> AllStrings(string alphabet, int maximumLength)
    {
        IEnumerable<string> level = [""];
        for (var length = 1; length <= maximumLength; length++)
        {
            level = level.SelectMany(prefix => alphabet.Select(c => prefix + c)).ToList();
            foreach (var text in level)
            {
                yield return text;
            }
        }
    }
}
