using System.Text.RegularExpressions;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>Issue 5: the README's first command runs the demo, its second is the test command CI runs.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryLayout.PathOf("README.md"));

    [Fact]
    public void The_first_command_is_the_demo()
    {
        Assert.Equal("dotnet run --project src/Overlord.Cli -- demo", Commands()[0]);
    }

    [Fact]
    public void The_second_command_is_the_test_command_ci_runs()
    {
        var ci = File.ReadAllText(RepositoryLayout.PathOf(".ci", "run"));

        Assert.Equal("./test.sh", Commands()[1]);
        Assert.Contains("\n" + Commands()[1] + " --no-build", ci, StringComparison.Ordinal);
    }

    /// <summary>The first line of each sh code block.</summary>
    private static List<string> Commands() =>
        CodeBlock().Matches(Readme).Select(match => match.Groups[1].Value.Split('\n')[0].Trim()).ToList();

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
