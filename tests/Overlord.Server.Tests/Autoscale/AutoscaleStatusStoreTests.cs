using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Core.Config;
using Overlord.Server.Autoscale;
using Overlord.Server.Storage;

namespace Overlord.Server.Tests.Autoscale;

public sealed class AutoscaleStatusStoreTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task GetShown_AStatusOlderThanTheExpireTime_IsHidden()
    {
        var store = new AutoscaleStatusStore(await NodeDatabase.OpenAsync(_folder.Path, Token), new OverlordConfig(), TimeProvider.System);
        await store.SaveAsync("old", Record(DateTimeOffset.UtcNow.AddSeconds(-601)), Token);
        await store.SaveAsync("new", Record(DateTimeOffset.UtcNow.AddSeconds(-10)), Token);

        Assert.Null(await store.GetShownAsync("old", Token));
        Assert.Equal("COMPLETED", (await store.GetShownAsync("new", Token))!.Operation);
    }

    [Fact]
    public async Task Cycles_keep_only_the_last_max_autoscale_logs_entries()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Runtime = "process", ExtraYaml = AutoscaleTree.Polling + "max_autoscale_logs: 2\n" });
        await AutoscaleTree.WriteAsync(node, AutoscaleTree.Key, AutoscaleTree.Document("""{"labels": ["nowhere"]}"""));

        for (var cycle = 0; cycle < 3; cycle++)
        {
            await node.Service<AutoscaleCycle>().RunAsync(Token);
        }

        var status = await node.Service<AutoscaleStatusStore>().GetAsync(AutoscaleTree.Project, Token);
        Assert.Equal(2, status!.Logs.Count);
    }

    private static AutoscaleRecord Record(DateTimeOffset at) =>
        new(AutoscaleRecord.Completed, [JsonSerializer.SerializeToElement(new JsonObject { ["response"] = "x" }, OverlordJson.Options)], at, null);
}
