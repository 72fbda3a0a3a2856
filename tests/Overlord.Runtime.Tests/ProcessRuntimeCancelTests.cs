using Overlord.Runtime.Tests.TestSupport;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

public sealed class ProcessRuntimeCancelTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new();
    private readonly string _marker = "overlord-cancel-" + Guid.NewGuid().ToString("N")[..12];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Cancel_ARunningUp_StopsTheBuildAndFailsTheProject()
    {
        _harness.WriteMetadata($"slow-{_marker}.sh", "#!/bin/sh\nsleep 300\n");
        _harness.WriteMetadata("Makejail", $"COPY slow-{_marker}.sh /\nRUN chmod +x slow-{_marker}.sh\nRUN ./slow-{_marker}.sh\n");
        var up = _harness.UpAsync("services:\n  web: {}\n");
        Assert.True(await Eventually.HeldAsync(async () => (await ProcessTable.FindAsync(_marker)).Count > 0), "the build did not start");

        var cancel = await _harness.Runtime.CancelAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);
        var result = await up;

        Assert.True(cancel.Succeeded, cancel.StdErr);
        Assert.False(result.Succeeded);
        Assert.True(await Eventually.HeldAsync(async () => (await ProcessTable.FindAsync(_marker)).Count == 0), "the build was left running");
        var description = await _harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);
        Assert.Equal((ProjectStates.Failed, false), (description!.State, description.Locked));
    }

    [Fact]
    public async Task Describe_DuringUp_ShowsUnfinishedAndLocked()
    {
        _harness.WriteMetadata("Makejail", $"RUN sleep 300 # {_marker}\n");
        var up = _harness.UpAsync("services:\n  web: {}\n");
        Assert.True(await Eventually.HeldAsync(async () => (await ProcessTable.FindAsync(_marker)).Count > 0), "the build did not start");

        var description = await _harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);
        await _harness.Runtime.CancelAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);
        await up;

        Assert.Equal((ProjectStates.Unfinished, true), (description!.State, description.Locked));
    }

    [Fact]
    public async Task Cancel_WithoutARunningUp_Fails()
    {
        _harness.WriteMetadata("Makejail", "RUN true\n");
        await _harness.UpAsync("services:\n  web: {}\n");

        var result = await _harness.Runtime.CancelAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);

        Assert.False(result.Succeeded);
    }
}
