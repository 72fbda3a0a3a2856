using Overlord.Server.Chains;
using Overlord.Server.Storage;

namespace Overlord.Server.Tests.Chains;

public sealed class SmartTimeoutsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(2, 120)]
    [InlineData(3, 180)]
    [InlineData(10, 600)]
    [InlineData(31, 1860)]
    [InlineData(50, 1860)]
    public async Task The_nth_failure_disables_the_chain_for_the_reference_window(int failures, int seconds)
    {
        using var folder = new TempDirectory();
        var clock = new ManualTimeProvider();
        var timeouts = await CreateAsync(folder, clock);

        Fail(timeouts, "alpha", failures);

        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(seconds), timeouts.DisabledUntil("alpha"));
    }

    [Fact]
    public async Task The_first_failure_does_not_disable()
    {
        using var folder = new TempDirectory();
        var timeouts = await CreateAsync(folder, new ManualTimeProvider());

        timeouts.RecordFailure("alpha");

        Assert.False(timeouts.IsDisabled("alpha"));
    }

    [Fact]
    public async Task The_chain_is_enabled_again_when_the_window_ends()
    {
        using var folder = new TempDirectory();
        var clock = new ManualTimeProvider();
        var timeouts = await CreateAsync(folder, clock);
        Fail(timeouts, "alpha", 2);

        clock.Advance(TimeSpan.FromSeconds(119));
        var inside = timeouts.IsDisabled("alpha");
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = timeouts.IsDisabled("alpha");

        Assert.Equal((true, false), (inside, after));
    }

    [Fact]
    public async Task A_failure_counts_from_its_own_time()
    {
        using var folder = new TempDirectory();
        var clock = new ManualTimeProvider();
        var timeouts = await CreateAsync(folder, clock);
        Fail(timeouts, "alpha", 2);

        clock.Advance(TimeSpan.FromSeconds(100));
        timeouts.RecordFailure("alpha");

        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(180), timeouts.DisabledUntil("alpha"));
    }

    [Fact]
    public async Task A_success_enables_the_chain_and_resets_its_count()
    {
        using var folder = new TempDirectory();
        var timeouts = await CreateAsync(folder, new ManualTimeProvider());
        Fail(timeouts, "alpha", 5);

        timeouts.RecordSuccess("alpha");
        timeouts.RecordFailure("alpha");

        Assert.False(timeouts.IsDisabled("alpha"));
    }

    [Fact]
    public async Task Chains_are_counted_apart()
    {
        using var folder = new TempDirectory();
        var timeouts = await CreateAsync(folder, new ManualTimeProvider());

        Fail(timeouts, "alpha", 2);

        Assert.Equal((true, false), (timeouts.IsDisabled("alpha"), timeouts.IsDisabled("beta")));
    }

    [Fact]
    public async Task A_node_restarted_inside_the_window_still_treats_the_chain_as_disabled()
    {
        using var folder = new TempDirectory();
        var clock = new ManualTimeProvider();
        var before = await CreateAsync(folder, clock);
        Fail(before, "alpha", 3);
        clock.Advance(TimeSpan.FromSeconds(60));

        var after = new SmartTimeouts(await NodeDatabase.OpenAsync(folder.Path, Token), new SmartTimeoutOptions(), clock);

        Assert.Equal(before.DisabledUntil("alpha"), after.DisabledUntil("alpha"));
        Assert.True(after.IsDisabled("alpha"));
    }

    [Fact]
    public async Task A_success_is_remembered_across_a_restart_too()
    {
        using var folder = new TempDirectory();
        var clock = new ManualTimeProvider();
        var before = await CreateAsync(folder, clock);
        Fail(before, "alpha", 3);
        before.RecordSuccess("alpha");

        var after = new SmartTimeouts(await NodeDatabase.OpenAsync(folder.Path, Token), new SmartTimeoutOptions(), clock);

        Assert.False(after.IsDisabled("alpha"));
    }

    [Fact]
    public async Task Custom_options_change_threshold_and_window()
    {
        using var folder = new TempDirectory();
        var clock = new ManualTimeProvider();
        var options = new SmartTimeoutOptions { Failures = 3, Interval = 10, Increase = 5, MaxIncrease = 5 };
        var timeouts = new SmartTimeouts(await NodeDatabase.OpenAsync(folder.Path, Token), options, clock);

        Fail(timeouts, "alpha", 2);
        var afterTwo = timeouts.IsDisabled("alpha");
        Fail(timeouts, "alpha", 2);

        Assert.False(afterTwo);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(15), timeouts.DisabledUntil("alpha"));
    }

    [Fact]
    public async Task Enabled_off_still_lists_a_disabled_chain_but_strict_refuses_calls()
    {
        using var folder = new TempDirectory();
        var options = new SmartTimeoutOptions { Enabled = false, Strict = true };
        var timeouts = new SmartTimeouts(await NodeDatabase.OpenAsync(folder.Path, Token), options, new ManualTimeProvider());

        Fail(timeouts, "alpha", 2);

        Assert.Equal((true, true), (timeouts.IsListed("alpha"), timeouts.RefusesCall("alpha")));
    }

    [Fact]
    public async Task Strict_off_never_refuses_a_call()
    {
        using var folder = new TempDirectory();
        var options = new SmartTimeoutOptions { Strict = false };
        var timeouts = new SmartTimeouts(await NodeDatabase.OpenAsync(folder.Path, Token), options, new ManualTimeProvider());

        Fail(timeouts, "alpha", 2);

        Assert.Equal((false, false), (timeouts.IsListed("alpha"), timeouts.RefusesCall("alpha")));
    }

    private static async Task<SmartTimeouts> CreateAsync(TempDirectory folder, TimeProvider clock) =>
        new(await NodeDatabase.OpenAsync(folder.Path, Token), new SmartTimeoutOptions(), clock);

    private static void Fail(SmartTimeouts timeouts, string chain, int times)
    {
        for (var i = 0; i < times; i++)
        {
            timeouts.RecordFailure(chain);
        }
    }
}
