using System.Xml.Linq;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Architecture;

/// <summary>
/// design.md's layers, held by a test so that no change drifts: which project may reference which, and no two
/// namespaces of the product that depend on each other.
/// </summary>
public sealed class LayerTests
{
    // design.md: Cli on top; Agent and Server below it; Runtime under Server; Client under both; Platform (running tools
    // and processes, SQLite files) under Runtime, Server, Agent and Cli; Core at the bottom.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Overlord.Core"] = [],
        ["Overlord.Platform"] = ["Overlord.Core"],
        ["Overlord.Client"] = ["Overlord.Core"],
        ["Overlord.Runtime"] = ["Overlord.Core", "Overlord.Platform"],
        ["Overlord.Server"] = ["Overlord.Core", "Overlord.Platform", "Overlord.Client", "Overlord.Runtime"],
        ["Overlord.Agent"] = ["Overlord.Core", "Overlord.Platform", "Overlord.Client"],
        ["Overlord.Cli"] = ["Overlord.Core", "Overlord.Platform", "Overlord.Client", "Overlord.Runtime", "Overlord.Server", "Overlord.Agent"],
    };

    private static readonly string[] Assemblies =
        ["Overlord.Core", "Overlord.Platform", "Overlord.Client", "Overlord.Runtime", "Overlord.Server", "Overlord.Agent", "overlord"];

    [Fact]
    public void Every_project_references_only_the_layers_below_it()
    {
        var projects = Directory.GetDirectories(RepositoryLayout.PathOf("src")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), projects);

        var wrong = projects
            .SelectMany(project => ReferencesOf(project).Except(Allowed[project], StringComparer.Ordinal).Select(reference => $"{project} -> {reference}"))
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_check_sees_a_reference_that_goes_up()
    {
        // Core -> Server would be refused: the map above is what the check compares with.
        Assert.DoesNotContain("Overlord.Server", Allowed["Overlord.Core"]);
        Assert.Contains("Overlord.Core", ReferencesOf("Overlord.Client"));
    }

    /// <summary>
    /// The groups of namespaces allowed to depend on each other: none since issue 12.4 took the last ones apart, so
    /// any cycle fails the test below with the edges that make it.
    /// </summary>
    private static readonly string[][] Standing = [];

    [Fact]
    public void No_namespace_cycle_forms_or_grows_beyond_the_standing_ones()
    {
        var graph = Graph();
        var cycles = graph.Cycles();
        var grown = cycles
            .Where(cycle => !Standing.Any(group => cycle.All(group.Contains)))
            .Select(cycle => string.Join(" <-> ", cycle) + Uses(graph, cycle))
            .ToList();
        var gone = Standing
            .Where(group => !cycles.Any(cycle => cycle.Intersect(group, StringComparer.Ordinal).Count() > 1))
            .Select(group => string.Join(", ", group))
            .ToList();

        Assert.True(grown.Count == 0, "namespaces that depend on each other, beyond the standing groups:\n" + string.Join("\n", grown));
        Assert.True(gone.Count == 0, "these groups no longer depend on each other; take them off the standing list:\n" + string.Join("\n", gone));
    }

    [Fact]
    public void The_cycle_check_sees_two_namespaces_that_use_each_other()
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A", "D"],
        };

        var cycles = new StronglyConnected(edges).Components().Where(component => component.Count > 1).ToList();

        Assert.Equal(["A", "B", "C"], Assert.Single(cycles).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_graph_sees_a_dependency_between_namespaces()
    {
        var edges = Graph().Edges;

        Assert.Contains("Overlord.Core.Yaml", edges["Overlord.Core.Specs.Reading"]);
        Assert.Contains("Overlord.Core.Names", edges["Overlord.Core.Specs"]);
    }

    // The edges inside a cycle, each with one use that makes it.
    private static string Uses(NamespaceGraph graph, List<string> cycle) =>
        string.Concat(cycle.SelectMany(from => graph.Edges[from].Where(cycle.Contains).Select(to => $"\n    {from} -> {to}: {graph.Example(from, to)}")));

    private static NamespaceGraph Graph() =>
        NamespaceGraph.Read(Assemblies.Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll")));

    private static List<string> ReferencesOf(string project) =>
        XDocument.Load(RepositoryLayout.PathOf("src", project, project + ".csproj"))
            .Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension((string?)reference.Attribute("Include") ?? ""))
            .ToList();
}
