namespace Overlord.Agent.Store;

/// <summary>
/// The inventory and the deployments as last read, kept until this store writes either table again: a sync reads them
/// several times, and with ten thousand specs each read costs more than the rest of a one-spec sync. Only this store
/// writes agent.db (one agent per data directory), so a write through it is the only way they change.
/// </summary>
public sealed partial class AgentStore
{
    private long _generation;
    private (long Generation, IReadOnlyList<InventoryEntry> Entries)? _inventoryRead;
    private (long Generation, IReadOnlyList<DeploymentRecord> Records)? _deploymentsRead;

    /// <summary>Called after every write of the inventory or the deployments, committed or not.</summary>
    private void Invalidate() => Interlocked.Increment(ref _generation);

    private async Task<IReadOnlyList<T>> CachedAsync<T>(
        Func<(long Generation, IReadOnlyList<T> Rows)?> cached, Action<(long, IReadOnlyList<T>)> keep, Func<Task<IReadOnlyList<T>>> read)
    {
        var generation = Interlocked.Read(ref _generation);
        if (cached() is { } last && last.Generation == generation)
        {
            return last.Rows;
        }

        var rows = await read();

        // Kept under the generation seen before the read: a write that ended meanwhile makes the next read go to disk.
        keep((generation, rows));
        return rows;
    }
}
