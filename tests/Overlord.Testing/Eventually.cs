using Xunit;

namespace Overlord.Testing;

/// <summary>Bounded waits: poll a condition until it holds or a generous deadline passes (then fail, never hang).</summary>
public static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow + (limit ?? Deadline);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Timed out waiting for: {what}");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what) => HoldsAsync(() => Task.FromResult(condition()), what);

    public static Task TrueAsync(Func<Task<bool>> condition, CancellationToken cancellationToken, TimeSpan? limit = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return HoldsAsync(condition, "the condition", limit);
    }

    /// <summary>Awaits a task that must complete, failing the test (not hanging it) if it does not.</summary>
    public static async Task WithinDeadline(this Task task) => await task.WaitAsync(Deadline, TestContext.Current.CancellationToken);
}
