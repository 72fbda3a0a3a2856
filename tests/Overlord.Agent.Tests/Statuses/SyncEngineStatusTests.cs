using Overlord.Agent.Tests.Support;
using Overlord.Core.Config;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Statuses;

public sealed class SyncEngineStatusTests
{
    [Fact]
    public async Task A_sync_posts_pending_then_the_final_state_per_spec_on_the_target_commit()
    {
        await using var api = await FakeStatusApi.StartAsync();
        await using var agent = await AgentHarness.CreateAsync();
        var (writer, host) = StatusWriters.Create(api, CommitStatusProvider.GitHub, token: "t");
        using var _ = host;
        agent.Statuses = writer;
        agent.NewEngine(new RecordingDispatcher());
        var head = await agent.CommitAsync("first", ("good.yml", SpecTexts.Project("good")), ("bad.yml", SpecTexts.Invalid));

        await agent.SyncAsync();

        var posted = api.Posted.Select(entry => ((string?)entry.Body["context"], (string?)entry.Body["state"])).ToList();
        Assert.Equal(
            [("overlord/bad.yml", "pending"), ("overlord/good.yml", "pending"), ("overlord/bad.yml", "error"), ("overlord/good.yml", "success")],
            posted);
        Assert.All(api.Posted, entry => Assert.EndsWith(head, entry.Path, StringComparison.Ordinal));
    }
}
