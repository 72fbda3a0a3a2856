using Overlord.Cli.Demo;
using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Demo;

/// <summary>The demo's tree against the example repository: the hello specs reach both children, the FreeBSD specs none.</summary>
public sealed class DemoTreeTests
{
    private static readonly DemoTree Tree = DemoTree.Create([8400, 8401, 8402, 8403, 8404]);

    public static TheoryData<string> ProcessSpecs() => new(Path.Combine("process", "hello.yml"), Path.Combine("process", "hello-files.yml"));

    public static TheoryData<string> FreeBsdSpecs() => new(Path.Combine("freebsd", "nginx.yml"), Path.Combine("freebsd", "nginx-config.yml"));

    [Fact]
    public void Create_TwoChildren_HaveDifferentLabelSetsAndTheirOwnWebPorts()
    {
        var (eu, us) = (Tree.Children[0], Tree.Children[1]);

        Assert.NotEqual(eu.Labels, us.Labels);
        Assert.Equal([8403, 8404], Tree.Children.Select(child => child.WebPort!.Value));
        Assert.Null(Tree.Root.WebPort);
        Assert.Equal(new Uri("http://127.0.0.1:8403/"), eu.WebAddress);
    }

    [Fact]
    public void AgentEnvironment_NamesEachRegionsPortVariable()
    {
        Assert.Equal(new Dictionary<string, string> { ["HELLO_PORT_EU"] = "8403", ["HELLO_PORT_US"] = "8404" }, Tree.AgentEnvironment);
    }

    [Theory]
    [MemberData(nameof(ProcessSpecs))]
    public void Example_process_specs_target_both_children_and_not_the_root(string relativePath)
    {
        var deployIn = LoadExample(relativePath).DeployIn;

        Assert.All(Tree.Children, child => Assert.True(TargetSelector.Matches(deployIn, child.Labels), child.Name));
        Assert.False(TargetSelector.Matches(deployIn, Tree.Root.Labels));
    }

    [Theory]
    [MemberData(nameof(FreeBsdSpecs))]
    public void Example_freebsd_specs_target_no_demo_node(string relativePath)
    {
        var deployIn = LoadExample(relativePath).DeployIn;

        Assert.All(Tree.All, node => Assert.False(TargetSelector.Matches(deployIn, node.Labels), node.Name));
    }

    [Fact]
    public void Example_hello_spec_takes_each_regions_port_from_the_variable_the_demo_sets()
    {
        var spec = (DirectorProjectSpec)LoadExample(Path.Combine("process", "hello.yml"), Tree.AgentEnvironment);

        Assert.Equal("8403", spec.LabelsEnvironment["eu"]["PORT"]);
        Assert.Equal("8404", spec.LabelsEnvironment["us"]["PORT"]);
    }

    private static Spec LoadExample(string relativePath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = RepositoryLayout.PathOf("examples-repo");
        var variables = new VariableSource(environment ?? new Dictionary<string, string>()).WithEnvFile(EnvFile.Read(Path.Combine(root, ".env")));
        var result = SpecLoader.Load(Path.Combine(root, relativePath), variables, root);
        Assert.False(result.Diagnostics.HasErrors, string.Join('\n', result.Diagnostics.Errors));
        return result.Spec!;
    }
}
