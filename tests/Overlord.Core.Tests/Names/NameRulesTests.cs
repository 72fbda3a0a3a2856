using System.Text;
using System.Text.RegularExpressions;
using Overlord.Core.Names;

namespace Overlord.Core.Tests.Names;

/// <summary>
/// Each hand-written name check against its own grammar run as a regular expression (anchored at the very end,
/// as the checks are): every string up to four characters over the characters that matter, random longer ones,
/// and the lengths at the VM name's bounds.
/// </summary>
public sealed class NameRulesTests
{
    private const string Alphabet = "aZ0_-.<>\n";

    public static TheoryData<string> Rules => new(All.Keys);

    private static readonly Dictionary<string, NameRule> All = new()
    {
        ["Label"] = NameRules.Label,
        ["Jail"] = NameRules.Jail,
        ["ChainPath"] = NameRules.ChainPath,
        ["Project"] = NameRules.Project,
        ["Vm"] = NameRules.Vm,
        ["VmRoute"] = NameRules.VmRoute,
        ["MetadataKey"] = NameRules.MetadataKey,
        ["Identifier"] = NameRules.Identifier,
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_short_string_is_judged_as_the_grammar_judges_it(string name)
    {
        var rule = All[name];
        var oracle = Oracle(rule);
        var mismatches = AllStrings(Alphabet + "z9", 4).Concat(["<root>", "<root>.a", "a.<root>"])
            .Where(text => rule.IsMatch(text) != oracle.IsMatch(text))
            .Select(Escape)
            .ToList();

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Random_longer_strings_are_judged_as_the_grammar_judges_them(string name)
    {
        var rule = All[name];
        var oracle = Oracle(rule);
        var random = new Random(name.Length * 7919);
        var mismatches = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 24);
            for (var j = 0; j < length; j++)
            {
                builder.Append("abZ09_-.:"[random.Next(9)]);
            }

            var text = builder.ToString();
            if (rule.IsMatch(text) != oracle.IsMatch(text))
            {
                mismatches.Add(text);
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(230, true)]
    [InlineData(231, true)]
    [InlineData(232, false)]
    public void A_vm_name_is_at_most_231_characters(int length, bool accepted)
    {
        var name = new string('a', length);
        Assert.Equal(accepted, NameRules.Vm.IsMatch(name));
        Assert.Equal(accepted, NameRules.VmRoute.IsMatch(name));
        Assert.Equal(accepted, Oracle(NameRules.Vm).IsMatch(name));
    }

    [Fact]
    public void A_trailing_newline_is_refused_where_a_dollar_let_it_through()
    {
        Assert.Matches(new Regex(NameRules.Project.Grammar, RegexOptions.NonBacktracking), "web\n");
        Assert.False(NameRules.Project.IsMatch("web\n"));
        Assert.False(NameRules.Label.IsMatch("web\n"));
    }

    [Fact]
    public void Null_is_never_a_name() => Assert.DoesNotContain(All.Values, rule => rule.IsMatch(null));

    private static Regex Oracle(NameRule rule) =>
        new(rule.Grammar[..^1] + @"\z", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);

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
