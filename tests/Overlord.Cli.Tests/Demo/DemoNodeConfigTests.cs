using Overlord.Cli.Demo;
using Overlord.Core.Config;
using Overlord.Core.Environment;

namespace Overlord.Cli.Tests.Demo;

public sealed class DemoNodeConfigTests
{
    private static readonly DemoTree Tree = DemoTree.Create([8400, 8401, 8402, 8403, 8404]);

    [Fact]
    public void Text_Child_IsAProcessNodeOnTheLoopbackWithItsLabels()
    {
        var config = Parse(DemoNodeConfig.Text(Tree.Children[0], "/tmp/demo's data/eu", [], null));

        Assert.Equal("127.0.0.1", config.Listen);
        Assert.Equal(8401, config.Port);
        Assert.Equal(RuntimeKind.Process, config.Runtime);
        Assert.Equal("/tmp/demo's data/eu", config.DataDirectory);
        Assert.Equal(["demo", "web", "eu"], config.Labels);
        Assert.Null(config.Agent);
        Assert.Empty(config.Chains);
    }

    [Fact]
    public void Text_Root_HasItsChildrenAsChainsAndAnAgentOnTheRepository()
    {
        var chains = Tree.Children.Select(child => (child, "token-" + child.Name)).ToList();

        var config = Parse(DemoNodeConfig.Text(Tree.Root, "/data/root", chains, "file:///tmp/demo/origin.git"));

        Assert.Equal(["eu", "us"], config.Chains.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("http://127.0.0.1:8402/", config.Chains["us"].Entrypoint);
        Assert.Equal("token-us", config.Chains["us"].AccessToken?.Reveal());
        Assert.Equal("file:///tmp/demo/origin.git", config.Agent!.Repository);
        Assert.Equal("main", config.Agent.Branch);
    }

    [Fact]
    public void Text_Root_AgentPollsEveryTwoSeconds()
    {
        var config = Parse(DemoNodeConfig.Text(Tree.Root, "/data/root", [], "file:///tmp/demo/origin.git"));

        Assert.Equal(TimeSpan.FromSeconds(2), config.Agent!.Interval);
    }

    private static OverlordConfig Parse(string text)
    {
        var result = ConfigLoader.Parse(text, "overlord.yml", VariableSource.Empty);
        Assert.False(result.Diagnostics.HasErrors, string.Join('\n', result.Diagnostics.Errors));
        return result.Config!;
    }
}
