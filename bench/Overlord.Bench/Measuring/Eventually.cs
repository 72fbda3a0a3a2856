namespace Overlord.Bench.Measuring;

/// <summary>Polls a condition until it holds or a deadline passes; a bench step that never gets there fails loudly.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<CancellationToken, Task<bool>> condition, string what, TimeSpan patience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(patience);
        try
        {
            while (!await condition(limit.Token))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), limit.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{what}: not reached within {patience.TotalSeconds:0} s");
        }
    }
}
