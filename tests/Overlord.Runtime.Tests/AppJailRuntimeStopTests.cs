using Overlord.Runtime.AppJail;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>
/// A cancelled or timed-out `up` is stopped with SIGTERM and a grace, as the original stopped its tools, so Director
/// removes its project lock; the fake keeps the lock when it is SIGKILLed, as the real one does (issue 15.1).
/// </summary>
public sealed class AppJailRuntimeStopTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Up_CancelledWhileDirectorRuns_LeavesNoLockAndTheNextUpRuns()
    {
        using var tools = FakeToolbox.Create();
        var runtime = new AppJailRuntime(AppJailTestRuntime.Options(tools) with { StopGrace = TimeSpan.FromSeconds(20) }, TestLog.For<AppJailRuntime>());
        tools.DelayUps(TimeSpan.FromSeconds(30));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        var up = runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.OneService), stop.Token);
        await Eventually.HoldsAsync(async () => await runtime.DescribeAsync("web-app", Cancellation) is { Locked: true }, "the project to be locked");

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => up);

        Assert.False((await runtime.DescribeAsync("web-app", Cancellation))!.Locked);
        tools.DelayUps(TimeSpan.Zero);
        Assert.True((await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.OneService), Cancellation)).Succeeded);
    }

    [Fact]
    public async Task Up_KilledWithoutGrace_LeavesTheLockAndACancelOfTheGonePidExits70AsDirectorDoes()
    {
        using var tools = FakeToolbox.Create();
        var runtime = new AppJailRuntime(AppJailTestRuntime.Options(tools) with { StopGrace = TimeSpan.Zero }, TestLog.For<AppJailRuntime>());
        tools.DelayUps(TimeSpan.FromSeconds(30));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        var up = runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.OneService), stop.Token);
        await Eventually.HoldsAsync(async () => await runtime.DescribeAsync("web-app", Cancellation) is { Locked: true }, "the project to be locked");

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => up);

        Assert.True((await runtime.DescribeAsync("web-app", Cancellation))!.Locked);
        Assert.Equal(70, (await runtime.CancelAsync("web-app", Cancellation)).ExitCode);
    }
}
