using Microsoft.Data.Sqlite;
using Overlord.Agent.Planning;
using Overlord.Core.Specs;

namespace Overlord.Agent.Store;

public sealed partial class AgentStore
{
    /// <summary>
    /// The specs whose last attempt failed: their newest step in a finished plan failed (a job that failed, a spec
    /// that does not load or could not be sent, deployed or not), or a node holds them as failed since the last
    /// reconcile.
    /// </summary>
    public async Task<IReadOnlyList<string>> GetFailedSpecsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            $"""
            SELECT spec_path FROM (
                SELECT step.spec_path, step.status,
                       ROW_NUMBER() OVER (PARTITION BY step.spec_path ORDER BY plan.finished_at DESC, step.ordinal DESC) AS newest
                FROM sync_plan_steps step JOIN sync_plans plan ON plan.sync_id = step.sync_id
                WHERE plan.finished_at IS NOT NULL)
            WHERE newest = 1 AND status = '{nameof(Planning.StepStatus.Failed)}'
            UNION
            SELECT spec_path FROM convergence WHERE status = '{ConvergenceStatus.Failed.ToText()}'
            ORDER BY spec_path;
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var paths = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            paths.Add(reader.GetString(0));
        }

        return paths;
    }

    /// <summary>Every spec the agent has deployed and not destroyed, by path.</summary>
    public Task<IReadOnlyList<InventoryEntry>> GetInventoryAsync(CancellationToken cancellationToken) =>
        CachedInventoryAsync(cancellationToken);

    private async Task<IReadOnlyList<InventoryEntry>> ReadInventoryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            "SELECT spec_path, kind, name, targets, last_applied_commit, status, dependencies, last_result, updated_at FROM inventory ORDER BY spec_path;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<InventoryEntry>();
        var pool = new TextPool();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new InventoryEntry
            {
                SpecPath = reader.GetString(0),
                Kind = SpecNames.ParseKind(reader.GetString(1)) ?? throw new InvalidDataException($"agent.db: unknown spec kind '{reader.GetString(1)}'"),
                Name = NullableText(reader, 2),
                Targets = pool.List(reader.GetString(3)),
                LastAppliedCommit = pool.Text(reader.GetString(4)),
                Status = Enum.Parse<InventoryStatus>(reader.GetString(5)),
                Dependencies = pool.List(reader.GetString(6)),
                LastResult = pool.NullableText(NullableText(reader, 7)),
                UpdatedAt = Time(reader.GetInt64(8)),
            });
        }

        return entries;
    }

    /// <summary>Changes the inventory outside a plan (tests, repairs): upserts, removals, then orphan marks.</summary>
    public async Task UpdateInventoryAsync(
        IReadOnlyList<InventoryEntry> upserts, IReadOnlyList<string> removals, IReadOnlyList<string> orphaned, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var now = Now();
        await WriteInventoryAsync(connection, transaction, upserts, removals, orphaned, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        InventoryWritten(upserts, removals, orphaned, now);
    }

    private static async Task WriteInventoryAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<InventoryEntry> upserts, IReadOnlyList<string> removals,
        IReadOnlyList<string> orphaned, long now, CancellationToken cancellationToken)
    {
        foreach (var entry in upserts)
        {
            await using var command = Command(
                connection,
                transaction,
                """
                INSERT INTO inventory (spec_path, kind, name, targets, last_applied_commit, status, dependencies, last_result, updated_at)
                VALUES ($path, $kind, $name, $targets, $commit, $status, $dependencies, $result, $now)
                ON CONFLICT (spec_path) DO UPDATE SET kind = excluded.kind, name = excluded.name, targets = excluded.targets,
                    last_applied_commit = excluded.last_applied_commit, status = excluded.status, dependencies = excluded.dependencies,
                    last_result = excluded.last_result, updated_at = excluded.updated_at;
                """,
                ("$path", entry.SpecPath),
                ("$kind", SpecNames.ToText(entry.Kind)),
                ("$name", entry.Name),
                ("$targets", StoreJson.Write(entry.Targets)),
                ("$commit", entry.LastAppliedCommit),
                ("$status", entry.Status.ToString()),
                ("$dependencies", StoreJson.Write(entry.Dependencies)),
                ("$result", entry.LastResult),
                ("$now", now));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var path in removals)
        {
            await using var command = Command(connection, transaction, "DELETE FROM inventory WHERE spec_path = $path;", ("$path", path));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var path in orphaned)
        {
            await using var command = Command(
                connection,
                transaction,
                "UPDATE inventory SET status = $status, updated_at = $now WHERE spec_path = $path AND status <> $status;",
                ("$status", nameof(InventoryStatus.Orphaned)),
                ("$now", now),
                ("$path", path));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
