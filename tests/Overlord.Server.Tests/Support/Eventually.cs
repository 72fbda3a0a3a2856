namespace Overlord.Server.Tests.Support;

/// <summary>Bounded waits: poll a condition until it holds or a generous deadline passes (then fail).</summary>
internal static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow + Deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Timed out waiting for: {what}");
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what) => HoldsAsync(() => Task.FromResult(condition()), what);

    /// <summary>Awaits a task that must complete, failing the test (not hanging it) if it does not.</summary>
    public static async Task WithinDeadline(this Task task) => await task.WaitAsync(Deadline, TestContext.Current.CancellationToken);
}
