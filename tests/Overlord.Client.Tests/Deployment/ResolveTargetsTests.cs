using Overlord.Client.Deployment;
using Overlord.Client.Tests.Support;
using Overlord.Testing;

namespace Overlord.Client.Tests.Deployment;

public sealed class ResolveTargetsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_tree_request_selects_the_nodes_whose_labels_match()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["all"]), ("alpha", ["all", "web"]), ("alpha.charlie", ["web", "db"]), ("beta", ["db"])));

        var selection = await fixture.Deployer().ResolveTargetsAsync(DeploySpecs.Project(), Token);

        Assert.Equal(["main.alpha", "main.alpha.charlie"], selection.Targets.Select(t => t.ToString()));
        Assert.Single(fixture.Node.Requests);
    }

    [Fact]
    public async Task Excluded_label_drops_a_node_even_when_another_label_matches()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"]), ("alpha", ["web", "db"])));
        var spec = DeploySpecs.Project(deployIn: "deployIn:\n  labels: [web]\n  exclude: [db]");

        var selection = await fixture.Deployer().ResolveTargetsAsync(spec, Token);

        Assert.Equal(["main.(root)"], selection.Targets.Select(t => t.ToString()));
    }

    [Fact]
    public async Task Entrypoint_with_a_chain_asks_that_chain_and_paths_start_from_the_datacenter()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/chain/alpha/tree/labels", TreeBodies.Labels((null, ["web"]), ("charlie", ["web"])));
        var spec = DeploySpecs.Project(deployIn: "deployIn:\n  entrypoints: [main.alpha]\n  labels: [web]");

        var selection = await fixture.Deployer().ResolveTargetsAsync(spec, Token);

        Assert.Equal(["main.alpha", "main.alpha.charlie"], selection.Targets.Select(t => t.ToString()));
    }

    [Fact]
    public async Task Overlapping_entrypoints_select_a_node_twice_as_the_original_deployed_it_twice()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["all"]), ("alpha", ["web"])));
        fixture.Node.On("GET", "/v1/chain/alpha/tree/labels", TreeBodies.Labels((null, ["web"])));
        var spec = DeploySpecs.Project(deployIn: "deployIn:\n  entrypoints: [main, main.alpha]\n  labels: [web]");

        var selection = await fixture.Deployer().ResolveTargetsAsync(spec, Token);

        Assert.Equal(["main.alpha", "main.alpha"], selection.Targets.Select(t => t.ToString()));
    }

    [Fact]
    public async Task A_node_that_did_not_answer_is_a_failure_not_a_target()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/labels", TreeBodies.Labels((null, ["web"]), ("alpha", null)));

        var selection = await fixture.Deployer().ResolveTargetsAsync(DeploySpecs.Project(), Token);

        Assert.Equal(["main.(root)"], selection.Targets.Select(t => t.ToString()));
        var failure = Assert.Single(selection.Failures);
        Assert.Equal(("alpha", "Chain disabled by smart timeouts", false), (failure.Chain, failure.Message, failure.EntryUnreachable));
        Assert.Empty(selection.UnreachableDatacenters);
    }

    [Fact]
    public async Task A_datacenter_whose_entry_node_is_down_is_unreachable()
    {
        using var http = new HttpClient { BaseAddress = new Uri(TestPorts.ClosedUrl()) };
        var deployer = new SpecDeployer(_ => new OverlordClient(http, new Core.Secret("token"), TestOptions.Fast));

        var selection = await deployer.ResolveTargetsAsync(DeploySpecs.Project(), Token);

        Assert.Empty(selection.Targets);
        Assert.Equal(["main"], selection.UnreachableDatacenters);
        Assert.True(Assert.Single(selection.Failures).EntryUnreachable);
    }

    [Fact]
    public async Task All_labels_keeps_every_node()
    {
        await using var fixture = await DeployerFixture.StartAsync();
        fixture.Node.On("GET", "/v1/tree/projects", TreeBodies.Labels((null, ["all"]), ("alpha", ["db"])));

        var selection = await fixture.Deployer().CollectAsync(DeploySpecs.Project(), Tree.TreeResource.Projects, allLabels: true, cancellationToken: Token);

        Assert.Equal(["main.(root)", "main.alpha"], selection.Targets.Select(t => t.ToString()));
    }
}
