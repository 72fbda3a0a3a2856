using Overlord.Core;
using Overlord.Runtime.Tests.TestSupport;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

public sealed class ProcessRuntimeDownTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new();
    private readonly string _marker = "overlord-marker-" + Guid.NewGuid().ToString("N")[..12];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Down_StopsEveryProcessIncludingGrandchildren()
    {
        await UpFamilyAsync();

        var result = await _harness.Runtime.DownAsync(Down(), ProcessRuntimeHarness.Token);

        Assert.True(result.Succeeded, result.StdErr);
        Assert.True(await Eventually.HeldAsync(async () => (await ProcessTable.FindAsync(_marker)).Count == 0), "processes were left behind");
    }

    [Fact]
    public async Task Down_RemovesTheProjectAndItsFolder()
    {
        await UpFamilyAsync();
        var root = await _harness.RootAsync("family");

        await _harness.Runtime.DownAsync(Down(), ProcessRuntimeHarness.Token);

        Assert.False(Directory.Exists(root));
        Assert.False(await _harness.Runtime.ExistsAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token));
        Assert.Null(await _harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token));
        Assert.Empty(await _harness.Runtime.ListJailsAsync(ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task Down_ThenUp_CreatesTheProjectAgain()
    {
        await UpFamilyAsync();
        await _harness.Runtime.DownAsync(Down(), ProcessRuntimeHarness.Token);

        var result = await _harness.UpAsync("services:\n  family:\n    makejail: family/Makejail\n");

        Assert.True(result.Succeeded, result.StdErr);
        Assert.True(await Eventually.HeldAsync(async () => await _harness.StatusAsync("family") == 0));
    }

    [Fact]
    public async Task Stop_AlsoLeavesNoGrandchild()
    {
        await UpFamilyAsync();

        await _harness.Runtime.StopAsync(ProcessRuntimeHarness.Project, new Dictionary<string, string>(), ProcessRuntimeHarness.Token);

        Assert.True(await Eventually.HeldAsync(async () => (await ProcessTable.FindAsync(_marker)).Count == 0), "processes were left behind");
    }

    [Fact]
    public async Task Down_OfAnUnknownProject_IsNotFound()
    {
        var result = await _harness.Runtime.DownAsync(Down(), ProcessRuntimeHarness.Token);

        Assert.Equal(ExitCodes.NoInput, result.ExitCode);
    }

    [Fact]
    public async Task ListProjects_NamesEveryProject()
    {
        _harness.WriteMetadata("Makejail", "RUN true\n");
        await _harness.UpAsync("services:\n  a: {}\n", project: "beta");
        await _harness.UpAsync("services:\n  a: {}\n", project: "alpha");

        Assert.Equal(["alpha", "beta"], await _harness.Runtime.ListProjectsAsync(ProcessRuntimeHarness.Token));
    }

    /// <summary>
    /// A start process whose shell runs a parent script (not exec'd: a command follows), which
    /// starts a child script in the background: a grandchild of the group leader.
    /// </summary>
    private async Task UpFamilyAsync()
    {
        _harness.WriteMetadata($"family/parent-{_marker}.sh", $"#!/bin/sh\n./child-{_marker}.sh &\nwhile :; do sleep 1; done\n");
        _harness.WriteMetadata($"family/child-{_marker}.sh", "#!/bin/sh\nwhile :; do sleep 1; done\n");
        _harness.WriteMetadata("family/Makejail", $"""
            COPY parent-{_marker}.sh /
            COPY child-{_marker}.sh /
            RUN chmod +x parent-{_marker}.sh child-{_marker}.sh
            STAGE start
            CMD ./parent-{_marker}.sh; exit 0
            """);
        var result = await _harness.UpAsync("services:\n  family:\n    makejail: family/Makejail\n");
        Assert.True(result.Succeeded, result.StdErr);
        Assert.True(await Eventually.HeldAsync(async () => (await ProcessTable.FindAsync(_marker)).Count >= 2), "the parent and child did not start");
    }

    private static DownRequest Down() => new(ProcessRuntimeHarness.Project, new Dictionary<string, string>(), Force: false);
}
