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

            // The kept rows are sorted as SQLite sorts them: each write finds its row by a binary search, so a write of
            // one row among ten thousand costs a copy of the list, not a dictionary and a sort of every row.
            var rows = new List<InventoryEntry>(kept);
            foreach (var entry in upserts)
            {
                // An empty list needs no copy of its own (most specs depend on nothing): ten thousand fewer arrays kept.
                var row = entry with { Targets = [.. entry.Targets], Dependencies = entry.Dependencies.Count == 0 ? [] : [.. entry.Dependencies], UpdatedAt = Time(now) };
                var index = IndexOf(rows, entry.SpecPath);
                if (index >= 0)
                {
                    rows[index] = row;
                }
                else
                {
                    rows.Insert(~index, row);
                }
            }

            foreach (var path in removals)
            {
                if (IndexOf(rows, path) is var index and >= 0)
                {
                    rows.RemoveAt(index);
                }
            }

            foreach (var path in orphaned)
            {
                if (IndexOf(rows, path) is var index and >= 0 && rows[index].Status != InventoryStatus.Orphaned)
                {
                    rows[index] = rows[index] with { Status = InventoryStatus.Orphaned, UpdatedAt = Time(now) };
                }
            }

            _inventoryRead = (_inventoryGeneration, rows);
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

            var rows = new List<DeploymentRecord>(kept);
            foreach (var record in upserts)
            {
                var row = record with
                {
                    NextAttemptAt = record.NextAttemptAt is { } next ? Time(next.ToUnixTimeMilliseconds()) : null,
                    UpdatedAt = Time(record.UpdatedAt.ToUnixTimeMilliseconds()),
                };
                var index = IndexOf(rows, record.SpecPath, record.Target);
                if (index >= 0)
                {
                    rows[index] = row;
                }
                else
                {
                    rows.Insert(~index, row);
                }
            }

            foreach (var (path, target) in removals)
            {
                if (IndexOf(rows, path, target) is var index and >= 0)
                {
                    rows.RemoveAt(index);
                }
            }

            _deploymentsRead = (_deploymentsGeneration, rows);
        }
    }

    /// <summary>Where the entry of <paramref name="path"/> is in rows sorted by path, or the complement of where it goes.</summary>
    private static int IndexOf(List<InventoryEntry> rows, string path)
    {
        var (low, high) = (0, rows.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = SqliteTextOrder.Instance.Compare(rows[middle].SpecPath, path);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return ~low;
    }

    /// <summary>Where the row of a spec on a node is in rows sorted by path then node, or the complement of where it goes.</summary>
    private static int IndexOf(List<DeploymentRecord> rows, string path, string target)
    {
        var (low, high) = (0, rows.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = SqliteTextOrder.Instance.Compare(rows[middle].SpecPath, path);
            order = order != 0 ? order : SqliteTextOrder.Instance.Compare(rows[middle].Target, target);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return ~low;
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
