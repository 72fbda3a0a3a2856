using System.Reflection;
using System.Text.RegularExpressions;

namespace Overlord.Cli.Tests;

/// <summary>
/// Issue 11.2: no regular expression of the product may take more than linear time. Every pattern is found by
/// reflection (a <see cref="GeneratedRegexAttribute"/> method or property, or a static <see cref="Regex"/> field or
/// property) in every Overlord assembly the CLI loads, so a pattern added later is checked without being listed.
/// </summary>
public sealed class ProductRegexTests
{
    // Generous: a linear match of 50 characters takes microseconds; a backtracking near miss takes years.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private static readonly string[] KnownAssemblies =
        ["Overlord.Core", "Overlord.Client", "Overlord.Runtime", "Overlord.Server", "Overlord.Agent", CliAssembly];

    // The CLI's assembly is named for its executable.
    private const string CliAssembly = "overlord";

    [Fact]
    public void The_search_finds_the_patterns_of_every_product_assembly()
    {
        var assemblies = ProductPatterns().Select(pattern => pattern.Where.Split(':')[0]).ToHashSet(StringComparer.Ordinal);

        // Client has no pattern left: its name checks are Core's NameRules, one linear pass each.
        Assert.Superset(KnownAssemblies.Where(name => name is not CliAssembly and not "Overlord.Client").ToHashSet(StringComparer.Ordinal), assemblies);
        Assert.Contains(ProductPatterns(), pattern => pattern.Where.EndsWith(".SkyDnsRecords.GroupPattern", StringComparison.Ordinal));
        Assert.Contains(ProductPatterns(), pattern => pattern.Where.EndsWith(".AnsiText.ControlSequence", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_product_pattern_runs_on_the_non_backtracking_engine()
    {
        var backtracking = ProductPatterns()
            .Where(pattern => !pattern.Regex.Options.HasFlag(RegexOptions.NonBacktracking))
            .Select(pattern => $"{pattern.Where}: {pattern.Regex}");

        Assert.Empty(backtracking);
    }

    [Fact]
    public void Every_product_pattern_answers_adversarial_input_within_the_timeout()
    {
        var slow = ProductPatterns()
            .Select(pattern => (pattern.Where, Input: SlowInput(pattern.Regex)))
            .Where(result => result.Input is not null)
            .Select(result => $"{result.Where} on '{result.Input}'");

        Assert.Empty(slow);
    }

    [Fact]
    public void The_adversarial_inputs_catch_the_original_metadata_key_pattern()
    {
        // The original's pattern, which took 5.6 s on a 26-character "aaa...a!": the check above must see it.
        var original = new Regex(@"^[a-zA-Z][a-zA-Z0-9]*(?:(?:\.|-|_)?[a-zA-Z][a-zA-Z0-9]*)*$", RegexOptions.CultureInvariant);

        Assert.NotNull(SlowInput(original));
    }

    /// <summary>The first input on which <paramref name="regex"/>, run with a timeout, times out; null when none does.</summary>
    private static string? SlowInput(Regex regex)
    {
        var timed = new Regex(regex.ToString(), regex.Options, MatchTimeout);
        foreach (var input in AdversarialInputs())
        {
            try
            {
                timed.IsMatch(input);
                _ = timed.Match(input).Groups.Count;
                _ = timed.Replace(input, "");
            }
            catch (RegexMatchTimeoutException)
            {
                return input;
            }
        }

        return null;
    }

    /// <summary>
    /// Near misses about 50 characters long: one character or a pair repeated, then an ending that no name grammar
    /// accepts. Nested or adjacent quantifiers over the repeated part make a backtracking engine try every split.
    /// </summary>
    private static IEnumerable<string> AdversarialInputs()
    {
        var printable = Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).ToArray();
        var endings = new[] { "!", "\n!", "\0", "\u00e9" };
        foreach (var c in printable)
        {
            foreach (var ending in endings)
            {
                yield return new string(c, 50) + ending;
            }
        }

        const string Interesting = "aA0_-.:/@ =\"'\\${}<%>\t";
        foreach (var first in Interesting)
        {
            foreach (var second in Interesting)
            {
                yield return string.Concat(Enumerable.Repeat($"{first}{second}", 25)) + "!";
            }
        }

        yield return "<%include" + string.Concat(Enumerable.Repeat(" a='x'", 8)) + new string(' ', 30) + "!";
        yield return "http://" + new string('a', 25) + string.Concat(Enumerable.Repeat(":a", 12)) + "/";
        yield return "\u001b[" + new string('0', 25) + new string(' ', 25) + "\u001b";
    }

    private static List<(string Where, Regex Regex)> ProductPatterns()
    {
        var patterns = new List<(string, Regex)>();
        foreach (var assembly in ProductAssemblies())
        {
            foreach (var type in assembly.GetTypes().Where(type => !type.ContainsGenericParameters))
            {
                patterns.AddRange(PatternsOf(assembly, type));
            }
        }

        return patterns;
    }

    private static IEnumerable<(string Where, Regex Regex)> PatternsOf(Assembly assembly, Type type)
    {
        const BindingFlags Everything = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var where = $"{assembly.GetName().Name}:{type.FullName}";
        foreach (var method in type.GetMethods(Everything).Where(m => m.GetParameters().Length == 0 && m.ReturnType == typeof(Regex)))
        {
            if (method.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            {
                yield return ($"{where}.{method.Name}", (Regex)method.Invoke(null, null)!);
            }
        }

        foreach (var property in type.GetProperties(Everything).Where(p => p.PropertyType == typeof(Regex) && p.GetIndexParameters().Length == 0))
        {
            yield return ($"{where}.{property.Name}", (Regex)property.GetValue(null)!);
        }

        foreach (var field in type.GetFields(Everything).Where(f => f.FieldType == typeof(Regex)))
        {
            if (field.GetValue(null) is Regex regex)
            {
                yield return ($"{where}.{field.Name}", regex);
            }
        }
    }

    /// <summary>Every Overlord assembly the CLI references, directly or not.</summary>
    private static List<Assembly> ProductAssemblies()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Queue<AssemblyName>([typeof(Overlord.Cli.CommandCatalog).Assembly.GetName()]);
        while (pending.TryDequeue(out var name))
        {
            var product = name.Name is CliAssembly || (name.Name?.StartsWith("Overlord.", StringComparison.Ordinal) ?? false);
            if (name.Name is not { } simple || !product || found.ContainsKey(simple))
            {
                continue;
            }

            var assembly = Assembly.Load(name);
            found[simple] = assembly;
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                pending.Enqueue(reference);
            }
        }

        Assert.Superset(KnownAssemblies.ToHashSet(StringComparer.Ordinal), found.Keys.ToHashSet(StringComparer.Ordinal));
        return [.. found.Values];
    }
}
