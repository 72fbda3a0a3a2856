using System.Text.RegularExpressions;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>A command or flag is not done until man/overlord.1 lists it (conventions.md).</summary>
public sealed partial class ManPageTests
{
    private static readonly string Page = File.ReadAllText(RepositoryLayout.PathOf("man", "overlord.1"));

    public static TheoryData<string> CommandNames() => new(CommandCatalog.Create().Where(c => !c.Hidden).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Every_command_is_in_the_synopsis(string name)
    {
        var synopsis = Page[Page.IndexOf(".Sh SYNOPSIS", StringComparison.Ordinal)..Page.IndexOf(".Sh DESCRIPTION", StringComparison.Ordinal)];

        Assert.Contains($".Cm {name}\n", synopsis, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Every_flag_of_a_command_is_in_the_page(string name)
    {
        var command = CommandCatalog.Create().Single(c => c.Name == name);
        var documented = FlagPattern().Matches(Page).Select(m => m.Groups[1].Value.TrimStart('-')).ToHashSet(StringComparer.Ordinal);

        var missing = command.Options
            .Where(o => !o.Hidden && o.Name is not ("--help" or "-h" or "-?"))
            .Where(o => !documented.Contains(o.Name.TrimStart('-')) && !o.Aliases.Any(a => documented.Contains(a.TrimStart('-'))))
            .Select(o => o.Name)
            .ToList();

        Assert.Empty(missing);
    }

    [GeneratedRegex(@"Fl (-?[A-Za-z][\w-]*)")]
    private static partial Regex FlagPattern();
}
