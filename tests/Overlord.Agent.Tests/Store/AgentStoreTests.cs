using Microsoft.Data.Sqlite;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Client.Contract;
using Overlord.Core.Specs;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Store;

public sealed class AgentStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task OpenAsync_NewDataDirectory_CreatesAgentDbInWalModeAtTheLatestSchema()
    {
        var store = await OpenAsync();

        await using var connection = new SqliteConnection($"Data Source={store.FilePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(3L, await ScalarAsync(connection, "SELECT version FROM schema_version;"));
        Assert.Equal(Path.Combine(_directory.Path, "agent.db"), store.FilePath);
    }

    [Fact]
    public async Task LastApplied_SurvivesReopening()
    {
        var first = await OpenAsync();
        await first.SetLastAppliedAsync("abc123", TestContext.Current.CancellationToken);

        var second = await OpenAsync();

        Assert.Equal("abc123", await second.GetLastAppliedAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SavedPlan_IsPendingWithItsStepsAndTheirAnswers()
    {
        var store = await OpenAsync();
        await store.SavePlanAsync(Plan("sync-1"), TestContext.Current.CancellationToken);
        await store.UpdateStepAsync("sync-1", 0, StepStatus.Dispatched, [new TargetResult("main", 12, TargetState.Queued)], null, TestContext.Current.CancellationToken);

        var pending = await (await OpenAsync()).GetPendingPlanAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(pending);
        Assert.Equal(("sync-1", "webhook:d-1"), (pending.SyncId, pending.Trigger.Text));
        Assert.Equal([StepStatus.Dispatched, StepStatus.Pending], pending.Steps.Select(step => step.Status));
        Assert.Equal(new TargetResult("main", 12, TargetState.Queued), Assert.Single(pending.Steps[0].Targets));
        Assert.Equal(["x.yml:1:1: bad"], pending.Steps[1].Step.Errors);
    }

    [Fact]
    public async Task CompletePlan_AdvancesLastAppliedUpdatesInventoryAndClearsThePendingPlan()
    {
        var store = await OpenAsync();
        await store.UpdateInventoryAsync([Entry("old.yml"), Entry("kept.yml")], [], [], TestContext.Current.CancellationToken);
        await store.SavePlanAsync(Plan("sync-1"), TestContext.Current.CancellationToken);

        await store.CompletePlanAsync("sync-1", "target", [Entry("app.yml")], ["old.yml"], ["kept.yml"], TestContext.Current.CancellationToken);

        Assert.Null(await store.GetPendingPlanAsync(TestContext.Current.CancellationToken));
        Assert.Equal("target", await store.GetLastAppliedAsync(TestContext.Current.CancellationToken));
        var inventory = await store.GetInventoryAsync(TestContext.Current.CancellationToken);
        Assert.Equal([("app.yml", InventoryStatus.Deployed), ("kept.yml", InventoryStatus.Orphaned)], inventory.Select(e => (e.SpecPath, e.Status)));
    }

    [Fact]
    public async Task TryRecordDelivery_SameIdTwice_SecondIsAReplay()
    {
        var store = await OpenAsync();

        Assert.True(await store.TryRecordDeliveryAsync(new WebhookDelivery("github", "d-1", "body-1"), TestContext.Current.CancellationToken));
        Assert.False(await store.TryRecordDeliveryAsync(new WebhookDelivery("github", "d-1", "body-2"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TryRecordDelivery_SameBodyWithANewId_IsAReplay_ButNotFromAnotherProvider()
    {
        var store = await OpenAsync();
        await store.TryRecordDeliveryAsync(new WebhookDelivery("github", "d-1", "body-1"), TestContext.Current.CancellationToken);

        var newId = await store.TryRecordDeliveryAsync(new WebhookDelivery("github", "d-2", "body-1"), TestContext.Current.CancellationToken);
        var noId = await store.TryRecordDeliveryAsync(new WebhookDelivery("github", null, "body-1"), TestContext.Current.CancellationToken);
        var otherProvider = await store.TryRecordDeliveryAsync(new WebhookDelivery("gitea", "d-3", "body-1"), TestContext.Current.CancellationToken);

        Assert.Equal((false, false, true), (newId, noId, otherProvider));
    }

    [Fact]
    public async Task TryRecordDelivery_IdOlderThanTheRetention_IsForgotten()
    {
        var store = await OpenAsync();
        await store.TryRecordDeliveryAsync(new WebhookDelivery("github", "d-1", "body-1"), TestContext.Current.CancellationToken);

        _clock.Advance(TimeSpan.FromHours(24));
        var dayLater = await store.TryRecordDeliveryAsync(new WebhookDelivery("github", "d-1", "body-2"), TestContext.Current.CancellationToken);
        var bodyDayLater = await store.TryRecordDeliveryAsync(new WebhookDelivery("github", "d-2", "body-1"), TestContext.Current.CancellationToken);
        _clock.Advance(AgentStore.DeliveryRetention);
        var weekLater = await store.TryRecordDeliveryAsync(new WebhookDelivery("github", "d-1", "body-1"), TestContext.Current.CancellationToken);

        Assert.Equal((false, false, true), (dayLater, bodyDayLater, weekLater));
    }

    [Fact]
    public async Task RecordSync_StartThenEnd_HistoryHoldsTheEnd()
    {
        var store = await OpenAsync();
        var started = new SyncHistoryEntry { SyncId = "s", Trigger = SyncTrigger.Schedule, StartedAt = _clock.GetUtcNow() };
        await store.RecordSyncAsync(started, TestContext.Current.CancellationToken);

        await store.RecordSyncAsync(started with { EndedAt = _clock.GetUtcNow(), State = SyncState.Blocked, Message = "too much" }, TestContext.Current.CancellationToken);

        var entry = Assert.Single(await store.GetHistoryAsync(10, TestContext.Current.CancellationToken));
        Assert.Equal((SyncState.Blocked, "too much", "schedule"), (entry.State, entry.Message, entry.Trigger.Text));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private Task<AgentStore> OpenAsync() => AgentStore.OpenAsync(_directory.Path, _clock, TestContext.Current.CancellationToken);

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    private static InventoryEntry Entry(string path) =>
        new() { SpecPath = path, Kind = SpecKind.DirectorProject, Name = Path.GetFileNameWithoutExtension(path), LastAppliedCommit = "c1", Targets = ["main"] };

    private StoredPlan Plan(string syncId) => new()
    {
        SyncId = syncId,
        TargetCommit = "target",
        Trigger = SyncTrigger.Webhook("d-1"),
        CreatedAt = _clock.GetUtcNow(),
        Steps =
        [
            new StoredStep(0, Step("app.yml", StepAction.Apply), StepStatus.Pending, []),
            new StoredStep(1, Step("x.yml", StepAction.Invalid) with { Errors = ["x.yml:1:1: bad"] }, StepStatus.Pending, []),
        ],
    };

    private static PlannedStep Step(string path, StepAction action) =>
        new() { SpecPath = path, Action = action, Phase = SyncPhase.Workloads, Kind = SpecKind.DirectorProject, SpecCommit = "target", Reason = "added" };
}
