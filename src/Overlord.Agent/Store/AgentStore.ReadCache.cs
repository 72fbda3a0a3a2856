using Overlord.Agent.Planning;

namespace Overlord.Agent.Store;

/// <summary>
/// The inventory and the deployments as last read, kept current by the writes this store makes: a sync reads them
/// several times, and with ten thousand specs each read from disk costs more than the rest of a one-spec sync. Only
/// this store writes agent.db (one agent per data directory). A write applies itself to the kept rows as the database
/// applies it (upserts, then deletions, times to the millisecond, rows in the order SQLite sorts text), or, when the
/// kept rows are not current, drops them so that the next read goes to disk.
/// </summary>
public sealed partial class AgentStore
{
    private readonly Lock _cacheLock = new();
    private long _inventoryGeneration;
    private long _deploymentsGeneration;
    private (long Generation, IReadOnlyList<InventoryEntry> Rows)? _inventoryRead;
    private (long Generation, IReadOnlyList<DeploymentRecord> Rows)? _deploymentsRead;

    private async Task<IReadOnlyList<InventoryEntry>> CachedInventoryAsync(CancellationToken cancellationToken)
    {
        long generation;
        lock (_cacheLock)
        {
            generation = _inventoryGeneration;
            if (_inventoryRead is { } kept && kept.Generation == generation)
            {
                return kept.Rows;
            }
        }

        var rows = await ReadInventoryAsync(cancellationToken);
        lock (_cacheLock)
        {
            // A write that ended during the read leaves nothing kept: the next read goes to disk.
            if (_inventoryGeneration == generation)
            {
                _inventoryRead = (generation, rows);
            }
        }

        return rows;
    }

    private async Task<IReadOnlyList<DeploymentRecord>> CachedDeploymentsAsync(CancellationToken cancellationToken)
    {
        long generation;
        lock (_cacheLock)
        {
            generation = _deploymentsGeneration;
            if (_deploymentsRead is { } kept && kept.Generation == generation)
            {
                return kept.Rows;
            }
        }

        var rows = await ReadDeploymentsAsync(cancellationToken);
        lock (_cacheLock)
        {
            if (_deploymentsGeneration == generation)
            {
                _deploymentsRead = (generation, rows);
            }
        }

        return rows;
    }

    /// <summary>After a committed write of the inventory made at <paramref name="now"/> (milliseconds).</summary>
    private void InventoryWritten(IReadOnlyList<InventoryEntry> upserts, IReadOnlyList<string> removals, IReadOnlyList<string> orphaned, long now)
    {
        lock (_cacheLock)
        {
            var kept = _inventoryRead is { } read && read.Generation == _inventoryGeneration ? read.Rows : null;
            _inventoryGeneration++;
            _inventoryRead = null;
            if (kept is null)
            {
                return;
            }

            var rows = kept.ToDictionary(entry => entry.SpecPath, StringComparer.Ordinal);
            foreach (var entry in upserts)
            {
                rows[entry.SpecPath] = entry with { Targets = [.. entry.Targets], Dependencies = [.. entry.Dependencies], UpdatedAt = Time(now) };
            }

            foreach (var path in removals)
            {
                rows.Remove(path);
            }

            foreach (var path in orphaned)
            {
                if (rows.TryGetValue(path, out var entry) && entry.Status != InventoryStatus.Orphaned)
                {
                    rows[path] = entry with { Status = InventoryStatus.Orphaned, UpdatedAt = Time(now) };
                }
            }

            _inventoryRead = (_inventoryGeneration, rows.Values.OrderBy(entry => entry.SpecPath, SqliteTextOrder.Instance).ToList());
        }
    }

    /// <summary>After a committed write of the deployments.</summary>
    private void DeploymentsWritten(IReadOnlyCollection<DeploymentRecord> upserts, IReadOnlyCollection<(string SpecPath, string Target)> removals)
    {
        lock (_cacheLock)
        {
            var kept = _deploymentsRead is { } read && read.Generation == _deploymentsGeneration ? read.Rows : null;
            _deploymentsGeneration++;
            _deploymentsRead = null;
            if (kept is null)
            {
                return;
            }

            var rows = kept.ToDictionary(record => (record.SpecPath, record.Target));
            foreach (var record in upserts)
            {
                rows[(record.SpecPath, record.Target)] = record with
                {
                    NextAttemptAt = record.NextAttemptAt is { } next ? Time(next.ToUnixTimeMilliseconds()) : null,
                    UpdatedAt = Time(record.UpdatedAt.ToUnixTimeMilliseconds()),
                };
            }

            foreach (var key in removals)
            {
                rows.Remove(key);
            }

            _deploymentsRead = (_deploymentsGeneration, rows.Values
                .OrderBy(record => record.SpecPath, SqliteTextOrder.Instance)
                .ThenBy(record => record.Target, SqliteTextOrder.Instance)
                .ToList());
        }
    }

    /// <summary>The order of SQLite's BINARY collation on UTF-8 text: by code point.</summary>
    private sealed class SqliteTextOrder : IComparer<string>
    {
        public static SqliteTextOrder Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var left = x.EnumerateRunes();
            var right = y.EnumerateRunes();
            while (true)
            {
                var more = left.MoveNext();
                if (more != right.MoveNext())
                {
                    return more ? 1 : -1;
                }

                if (!more)
                {
                    return 0;
                }

                if (left.Current.Value != right.Current.Value)
                {
                    return left.Current.Value.CompareTo(right.Current.Value);
                }
            }
        }
    }
}
