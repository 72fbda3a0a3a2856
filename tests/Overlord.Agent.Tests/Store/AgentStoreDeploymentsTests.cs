using Microsoft.Data.Sqlite;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Core.Specs;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Store;

public sealed class AgentStoreDeploymentsTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 4, 12, 0, 0, 123, TimeSpan.Zero);

    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _clock = new(Noon);

    [Fact]
    public async Task WriteDeployments_EveryFieldSet_RoundTripsThroughTheFile()
    {
        var store = await OpenAsync();
        var record = Record("web/app.yml", "main.eu") with
        {
            Kind = SpecKind.VmJail,
            Name = "vm1",
            SpecCommit = "c0ffee",
            SpecHash = "spec-hash",
            ReadsHash = "reads-hash",
            State = DeploymentState.Failed,
            Error = "errlevel 1",
            Attempts = 3,
            NextAttemptAt = Noon.AddMinutes(2),
            UpdatedAt = Noon.AddSeconds(-5),
        };

        await store.WriteDeploymentsAsync([record], [], Cancel);

        Assert.Equal([record], await (await OpenAsync()).GetDeploymentsAsync(Cancel));
    }

    [Fact]
    public async Task WriteDeployments_NullableFieldsUnset_RoundTripAsNull()
    {
        var store = await OpenAsync();
        var record = Record("meta.yml", "main") with { Kind = SpecKind.Metadata, Name = null, SpecHash = null, ReadsHash = null, Error = null, NextAttemptAt = null };

        await store.WriteDeploymentsAsync([record], [], Cancel);

        Assert.Equal([record], await store.GetDeploymentsAsync(Cancel));
    }

    [Fact]
    public async Task WriteDeployments_SamePairAgain_ReplacesTheRow()
    {
        var store = await OpenAsync();
        await store.WriteDeploymentsAsync([Record("app.yml", "main") with { State = DeploymentState.Failed, Attempts = 2, Error = "boom" }], [], Cancel);
        var synced = Record("app.yml", "main") with { SpecCommit = "second", State = DeploymentState.Synced, Attempts = 0, Error = null };

        await store.WriteDeploymentsAsync([synced], [], Cancel);

        Assert.Equal([synced], await store.GetDeploymentsAsync(Cancel));
    }

    [Fact]
    public async Task WriteDeployments_Removal_DeletesThatSpecOnThatNodeOnly()
    {
        var store = await OpenAsync();
        await store.WriteDeploymentsAsync([Record("a.yml", "main"), Record("a.yml", "main.eu"), Record("b.yml", "main")], [], Cancel);

        await store.WriteDeploymentsAsync([], [("a.yml", "main.eu")], Cancel);

        var left = await store.GetDeploymentsAsync(Cancel);
        Assert.Equal([("a.yml", "main"), ("b.yml", "main")], left.Select(record => (record.SpecPath, record.Target)));
    }

    [Fact]
    public async Task WriteDeployments_UpsertAndRemovalTogether_AppliesBoth()
    {
        var store = await OpenAsync();
        await store.WriteDeploymentsAsync([Record("old.yml", "main")], [], Cancel);

        await store.WriteDeploymentsAsync([Record("new.yml", "main")], [("old.yml", "main")], Cancel);

        Assert.Equal(["new.yml"], (await store.GetDeploymentsAsync(Cancel)).Select(record => record.SpecPath));
    }

    [Fact]
    public async Task GetDeployments_ManyRows_ComeOrderedBySpecThenNode()
    {
        var store = await OpenAsync();
        await store.WriteDeploymentsAsync([Record("b.yml", "main"), Record("a.yml", "main.eu"), Record("a.yml", "main")], [], Cancel);

        var records = await store.GetDeploymentsAsync(Cancel);

        Assert.Equal([("a.yml", "main"), ("a.yml", "main.eu"), ("b.yml", "main")], records.Select(record => (record.SpecPath, record.Target)));
    }

    [Fact]
    public async Task SaveKnownNodes_NewNodes_ReadBackWithTheirLabelsAndTheClockTime()
    {
        var store = await OpenAsync();

        await store.SaveKnownNodesAsync(Labels(("", ["all", "root"]), ("eu", ["all", "eu"])), Cancel);

        var nodes = await (await OpenAsync()).GetKnownNodesAsync(Cancel);
        Assert.Equal([("", "all,root", Noon), ("eu", "all,eu", Noon)], nodes.Select(node => (node.Chain, string.Join(',', node.Labels), node.LastSeen)));
    }

    [Fact]
    public async Task SaveKnownNodes_NodeSeenAgain_TakesTheNewLabelsAndTime()
    {
        var store = await OpenAsync();
        await store.SaveKnownNodesAsync(Labels(("eu", ["all", "eu"])), Cancel);
        _clock.Advance(TimeSpan.FromMinutes(1));

        await store.SaveKnownNodesAsync(Labels(("eu", ["all", "gpu"])), Cancel);

        var node = Assert.Single(await store.GetKnownNodesAsync(Cancel));
        Assert.Equal(["all", "gpu"], node.Labels);
        Assert.Equal(Noon.AddMinutes(1), node.LastSeen);
    }

    [Fact]
    public async Task SaveKnownNodes_NodeMissingFromALaterSave_IsKeptWithItsLastLabels()
    {
        var store = await OpenAsync();
        await store.SaveKnownNodesAsync(Labels(("eu", ["all", "eu"]), ("us", ["all", "us"])), Cancel);
        _clock.Advance(TimeSpan.FromMinutes(1));

        await store.SaveKnownNodesAsync(Labels(("eu", ["all", "eu"])), Cancel);

        var us = Assert.Single(await store.GetKnownNodesAsync(Cancel), node => node.Chain == "us");
        Assert.Equal(("all,us", Noon), (string.Join(',', us.Labels), us.LastSeen));
    }

    [Fact]
    public async Task ReplaceStatuses_EveryFieldSet_RoundTripsThroughTheFile()
    {
        var store = await OpenAsync();
        var status = new PairStatus
        {
            SpecPath = "app.yml",
            Target = "main.eu",
            Status = ConvergenceStatus.Failed,
            Commit = "c0ffee",
            Hash = "0123456789abcdef",
            Reason = "failed 2 times",
            Error = "errlevel 1",
            NextRetry = Noon.AddSeconds(60),
        };

        await store.ReplaceStatusesAsync([status], Cancel);

        Assert.Equal([status], await (await OpenAsync()).GetStatusesAsync(Cancel));
    }

    [Fact]
    public async Task ReplaceStatuses_EveryStatus_RoundTrips()
    {
        var store = await OpenAsync();
        var statuses = Enum.GetValues<ConvergenceStatus>().Select((status, i) => Status($"s{i}.yml", "main", status)).ToArray();

        await store.ReplaceStatusesAsync(statuses, Cancel);

        Assert.Equal(statuses, await store.GetStatusesAsync(Cancel));
    }

    [Fact]
    public async Task ReplaceStatuses_SecondCall_ReplacesTheFirstWholesale()
    {
        var store = await OpenAsync();
        await store.ReplaceStatusesAsync([Status("a.yml", "main", ConvergenceStatus.Progressing), Status("b.yml", "main", ConvergenceStatus.Orphaned)], Cancel);
        var second = Status("a.yml", "main", ConvergenceStatus.Synced);

        await store.ReplaceStatusesAsync([second], Cancel);

        Assert.Equal([second], await store.GetStatusesAsync(Cancel));
    }

    [Fact]
    public async Task ReplaceStatuses_EmptyList_ClearsThem()
    {
        var store = await OpenAsync();
        await store.ReplaceStatusesAsync([Status("a.yml", "main", ConvergenceStatus.Synced)], Cancel);

        await store.ReplaceStatusesAsync([], Cancel);

        Assert.Empty(await store.GetStatusesAsync(Cancel));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Reads_after_writes_through_the_same_store_match_a_fresh_read_of_the_file()
    {
        var store = await OpenAsync();
        var odd = new DateTimeOffset(2026, 3, 4, 12, 0, 0, TimeSpan.FromHours(2)).AddTicks(12_345);
        await store.WriteDeploymentsAsync([Record("b.yml", "main"), Record("a.yml", "main.z"), Record("a.yml", "main"), Record("\uE000.yml", "main"), Record("\U0001F600.yml", "main")], [], Cancel);
        await store.UpdateInventoryAsync([Entry("b.yml"), Entry("a.yml"), Entry("c.yml")], [], [], Cancel);
        await store.GetDeploymentsAsync(Cancel);
        await store.GetInventoryAsync(Cancel);

        await store.WriteDeploymentsAsync(
            [Record("a.yml", "main") with { State = DeploymentState.Failed, NextAttemptAt = odd, UpdatedAt = odd, Attempts = 2 }, Record("0.yml", "main")],
            [("b.yml", "main"), ("none.yml", "main")],
            Cancel);
        _clock.Advance(TimeSpan.FromTicks(98_765));
        await store.UpdateInventoryAsync([Entry("0.yml") with { Targets = ["main", "main.z"] }], ["b.yml"], ["c.yml", "missing.yml"], Cancel);

        var fresh = await OpenAsync();
        Assert.Equal(await fresh.GetDeploymentsAsync(Cancel), await store.GetDeploymentsAsync(Cancel));
        Assert.Equivalent(await fresh.GetInventoryAsync(Cancel), await store.GetInventoryAsync(Cancel), strict: true);
        Assert.Equal(
            (await fresh.GetInventoryAsync(Cancel)).Select(entry => entry.SpecPath),
            (await store.GetInventoryAsync(Cancel)).Select(entry => entry.SpecPath));
    }

    private static InventoryEntry Entry(string path) => new()
    {
        SpecPath = path,
        Kind = SpecKind.Metadata,
        Name = path,
        Targets = ["main"],
        LastAppliedCommit = "c0ffee",
        Dependencies = ["values/common.yml"],
        LastResult = "succeeded",
    };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<AgentStore> OpenAsync() => AgentStore.OpenAsync(_directory.Path, _clock, Cancel);

    private static DeploymentRecord Record(string path, string target) => new()
    {
        SpecPath = path,
        Target = target,
        Kind = SpecKind.DirectorProject,
        Name = "app",
        SpecCommit = "first",
        SpecHash = "s",
        ReadsHash = "r",
        State = DeploymentState.Synced,
        UpdatedAt = Noon,
    };

    private static PairStatus Status(string path, string target, ConvergenceStatus status) =>
        new() { SpecPath = path, Target = target, Status = status, Commit = "first", Hash = "h" };

    private static Dictionary<string, IReadOnlyList<string>> Labels(params (string Chain, string[] Labels)[] nodes) =>
        nodes.ToDictionary(node => node.Chain, node => (IReadOnlyList<string>)node.Labels, StringComparer.Ordinal);
}
