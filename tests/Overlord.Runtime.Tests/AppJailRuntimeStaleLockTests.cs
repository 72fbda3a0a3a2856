using Overlord.Runtime.AppJail;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>
/// A project lock left by an up that is gone (killed before its cleanup) is removed, said so, and the up runs; a lock
/// whose up still runs, or that no recorded pid explains, is left alone and reported as Director reports it (issue 15.1).
/// </summary>
public sealed class AppJailRuntimeStaleLockTests
{
    private const string Project = "web-app";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Up_AfterAnUpKilledBeforeItsCleanup_RemovesTheStaleLockSaysSoAndRuns()
    {
        using var tools = FakeToolbox.Create();
        var killer = new AppJailRuntime(AppJailTestRuntime.Options(tools) with { StopGrace = TimeSpan.Zero }, TestLog.For<AppJailRuntime>());
        await StartHeldUpAsync(tools, killer, out var stop, out var killed);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed);
        stop.Dispose();
        Assert.True(File.Exists(LockFile(tools)));

        tools.DelayUps(TimeSpan.Zero);
        var result = await AppJailTestRuntime.Create(tools).UpAsync(AppJailTestRuntime.Up(Project, AppJailTestRuntime.OneService), Cancellation);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains($"{LockFile(tools)} was stale", result.Message, StringComparison.Ordinal);
        Assert.Contains($"overlord: {LockFile(tools)} was stale", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(LockFile(tools)));
    }

    [Fact]
    public async Task Up_WhileAnotherUpOfTheProjectRuns_LeavesItsLockAndReportsItLocked()
    {
        using var tools = FakeToolbox.Create();
        var first = new AppJailRuntime(AppJailTestRuntime.Options(tools) with { StopGrace = TimeSpan.FromSeconds(20) }, TestLog.For<AppJailRuntime>());
        await StartHeldUpAsync(tools, first, out var stop, out var running);

        var result = await AppJailTestRuntime.Create(tools).UpAsync(AppJailTestRuntime.Up(Project, AppJailTestRuntime.OneService), Cancellation);

        Assert.Equal(70, result.ExitCode);
        Assert.Contains("Project locked.", result.Message, StringComparison.Ordinal);
        Assert.Contains("still running", result.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(LockFile(tools)));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        stop.Dispose();
    }

    [Fact]
    public async Task Up_WithALockNoUpRecordedAPidFor_LeavesItAndSaysHowToRemoveIt()
    {
        using var tools = FakeToolbox.Create();
        Directory.CreateDirectory(Path.GetDirectoryName(LockFile(tools))!);
        File.WriteAllText(LockFile(tools), "");

        var result = await AppJailTestRuntime.Create(tools).UpAsync(AppJailTestRuntime.Up(Project, AppJailTestRuntime.OneService), Cancellation);

        Assert.Equal(70, result.ExitCode);
        Assert.Contains($"recorded no pid in {PidFile(tools)}", result.Message, StringComparison.Ordinal);
        Assert.Contains($"once no appjail-director of {Project} runs, remove it: rm -f {LockFile(tools)}", result.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(LockFile(tools)));
    }

    private static string LockFile(FakeToolbox tools) => Path.Combine(tools.DirectorLocksDirectory, Project, "lock");

    private static string PidFile(FakeToolbox tools) => Path.Combine(tools.DirectorProjectsDirectory, Project, "pid");

    /// <summary>Starts an up that holds the project (locked, its pid recorded) until <paramref name="stop"/> is cancelled.</summary>
    private static Task StartHeldUpAsync(FakeToolbox tools, AppJailRuntime runtime, out CancellationTokenSource stop, out Task<RuntimeResult> up)
    {
        tools.DelayUps(TimeSpan.FromSeconds(30));
        stop = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        up = runtime.UpAsync(AppJailTestRuntime.Up(Project, AppJailTestRuntime.OneService), stop.Token);
        return Eventually.HoldsAsync(() => File.Exists(LockFile(tools)) && File.Exists(PidFile(tools)), "the lock and pid files");
    }
}
