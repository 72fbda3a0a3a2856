using Xunit;

namespace Overlord.Testing;

/// <summary>
/// Bounded waits: poll a condition until it holds or a generous deadline passes, never hanging a test and never
/// timing one. <see cref="HoldsAsync(Func{Task{bool}}, string, TimeSpan?)"/> fails the test when the deadline passes;
/// <see cref="HeldAsync(Func{Task{bool}}, TimeSpan?)"/> says whether it held, for a test that asserts that itself;
/// <see cref="ReadAsync{T}"/> returns the value read once it satisfied the condition (a job's row once it ended);
/// <see cref="LastReadAsync{T}"/> returns the last value read, whether it satisfied it or not, for a test that
/// asserts on that value itself.
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

    /// <summary>Reads until the value satisfies <paramref name="holds"/> and returns it; throws, naming <paramref name="what"/> and the last value read, when it does not in time.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> holds, string what, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(holds);
        var last = default(T);
        if (!await HeldAsync(async () => holds(last = await read()), limit))
        {
            throw new TimeoutException($"Timed out waiting for: {what}; last read: {last?.ToString() ?? "(nothing)"}");
        }

        return last!;
    }

    /// <summary>Reads until the value satisfies <paramref name="holds"/> or the deadline passes; the last value read.</summary>
    public static async Task<T> LastReadAsync<T>(Func<Task<T>> read, Func<T, bool> holds, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(holds);
        var last = default(T);
        await HeldAsync(async () => holds(last = await read()), limit);
        return last!;
    }

    /// <summary>Awaits a task that must complete, failing the test (not hanging it) if it does not.</summary>
    public static async Task WithinDeadline(this Task task) => await task.WaitAsync(Deadline, TestContext.Current.CancellationToken);
}
