using Overlord.Runtime.Inspection;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

/// <summary>ShortLivedCache, the inspector's cache: kept values, shared work, failures and callers that give up.</summary>
public sealed class InspectorCacheTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task GetOrAdd_WithinTheLifetime_ReusesTheValue()
    {
        var clock = new ManualTimeProvider();
        var cache = new ShortLivedCache<int>(clock, Lifetime);
        var runs = 0;
        await cache.GetOrAddAsync("web", () => Task.FromResult(++runs), TestContext.Current.CancellationToken);
        clock.Advance(Lifetime - TimeSpan.FromTicks(1));

        var value = await cache.GetOrAddAsync("web", () => Task.FromResult(++runs), TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (value, runs));
    }

    [Fact]
    public async Task GetOrAdd_FailedWork_IsNotKept()
    {
        var cache = new ShortLivedCache<int>(new ManualTimeProvider(), Lifetime);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetOrAddAsync("web", () => Task.FromException<int>(new InvalidOperationException("boom")), TestContext.Current.CancellationToken));

        var value = await cache.GetOrAddAsync("web", () => Task.FromResult(7), TestContext.Current.CancellationToken);

        Assert.Equal(7, value);
    }

    [Fact]
    public async Task GetOrAdd_CallerGivesUp_OthersStillGetTheSharedValue()
    {
        var cache = new ShortLivedCache<int>(new ManualTimeProvider(), Lifetime);
        var work = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var impatient = new CancellationTokenSource();
        var first = cache.GetOrAddAsync("web", () => work.Task, impatient.Token);
        var second = cache.GetOrAddAsync("web", () => Task.FromResult(-1), TestContext.Current.CancellationToken);

        await impatient.CancelAsync();
        work.SetResult(42);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(42, await second);
    }
}
