using System.Globalization;
using System.Text.RegularExpressions;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// The README's shell blocks marked <c>&lt;!-- readme-test: NAME --&gt;</c>, as written there, made runnable in a
/// test: <c>/tmp/tree</c> becomes a temp folder and the recipe's ports become free ones, nothing else changes.
/// </summary>
internal sealed partial class ReadmeTreeRecipe
{
    private const string RecipeFolder = "/tmp/tree";

    // The nodes' ports (root, child, grandchild) and the example service's (eu, us), as the README names them.
    private static readonly string[] RecipePorts = ["18401", "18402", "18403", "8081", "8082"];

    private readonly string _readme = File.ReadAllText(RepositoryLayout.PathOf("README.md"));
    private readonly Dictionary<string, string> _ports = RecipePorts.ToDictionary(port => port, _ => ServeProcess.FreePort().ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);

    public ReadmeTreeRecipe(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>The free port that stands for a port of the README (<c>18402</c>: the child).</summary>
    public string Port(string readmePort) => _ports[readmePort];

    /// <summary>The block after its marker, with this test's folder and ports.</summary>
    public string Block(string name)
    {
        var match = Regex.Match(_readme, $"<!-- readme-test: {name} -->\n```sh\n(.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(5));
        Assert.True(match.Success, $"README.md has no ```sh block marked <!-- readme-test: {name} -->");
        return Localize(match.Groups[1].Value);
    }

    /// <summary>Test-written shell text, with the README's folder and ports replaced as in its blocks.</summary>
    public string Localize(string text) =>
        PortNumber().Replace(text.Replace(RecipeFolder, Folder, StringComparison.Ordinal), match => _ports.GetValueOrDefault(match.Value, match.Value));

    [GeneratedRegex(@"(?<![0-9])(18401|18402|18403|8081|8082)(?![0-9])")]
    private static partial Regex PortNumber();
}
