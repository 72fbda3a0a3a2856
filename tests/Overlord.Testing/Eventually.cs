namespace Overlord.Testing;

/// <summary>A bounded wait for a condition that becomes true on its own (a job ends, a process restarts).</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, CancellationToken cancellationToken, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the condition did not become true within {limit ?? TimeSpan.FromSeconds(30)}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
