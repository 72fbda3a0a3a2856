using Overlord.Client.Deployment;
using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests.Deployment;

/// <summary>A fake entry node for datacenter <c>main</c> and a deployer that talks to it.</summary>
internal sealed class DeployerFixture : IAsyncDisposable
{
    private DeployerFixture(FakeNode node) => Node = node;

    public FakeNode Node { get; }

    public static SpecDeployerOptions QuickWait { get; } = new()
    {
        FirstPollDelay = TimeSpan.FromMilliseconds(10),
        MaxPollDelay = TimeSpan.FromMilliseconds(40),
        WaitTimeout = TimeSpan.FromSeconds(20),
    };

    public static async Task<DeployerFixture> StartAsync() => new(await FakeNode.StartAsync());

    public SpecDeployer Deployer(SpecDeployerOptions? options = null) => new(_ => Node.Client(), options ?? QuickWait);

    /// <summary>The requests other than tree lookups, as <c>METHOD path</c>, in arrival order.</summary>
    public IReadOnlyList<string> Calls() =>
        Node.Requests.Where(r => !r.Path.Contains("/tree/", StringComparison.Ordinal)).Select(r => $"{r.Method} {r.Path}").ToList();

    public ValueTask DisposeAsync() => Node.DisposeAsync();
}
