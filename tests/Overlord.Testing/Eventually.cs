using Xunit;

namespace Overlord.Testing;

/// <summary>
/// Bounded waits: poll a condition until it holds or a generous deadline passes, never hanging a test and never
/// timing one. <see cref="HoldsAsync(Func{Task{bool}}, string, TimeSpan?)"/> fails the test when the deadline passes;
/// <see cref="HeldAsync(Func{Task{bool}}, TimeSpan?)"/> says whether it held, for a test that asserts that itself.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    /// <summary>Waits until <paramref name="condition"/> holds; throws, naming <paramref name="what"/>, when it does not in time.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null)
    {
        if (!await HeldAsync(condition, limit))
        {
            throw new TimeoutException($"Timed out waiting for: {what}");
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what, TimeSpan? limit = null) =>
        HoldsAsync(() => Task.FromResult(condition()), what, limit);

    /// <summary>Waits until <paramref name="condition"/> holds or the deadline passes; true when it held.</summary>
    public static async Task<bool> HeldAsync(Func<Task<bool>> condition, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow + (limit ?? Deadline);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        return true;
    }

    public static Task<bool> HeldAsync(Func<bool> condition, TimeSpan? limit = null) =>
        HeldAsync(() => Task.FromResult(condition()), limit);

    /// <summary>Awaits a task that must complete, failing the test (not hanging it) if it does not.</summary>
    public static async Task WithinDeadline(this Task task) => await task.WaitAsync(Deadline, TestContext.Current.CancellationToken);
}
