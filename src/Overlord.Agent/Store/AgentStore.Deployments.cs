using Microsoft.Data.Sqlite;
using Overlord.Core.Specs;

namespace Overlord.Agent.Store;

/// <summary>What the reconcile keeps (issue 9): each spec on each node, the labels of nodes seen, the last statuses.</summary>
public sealed partial class AgentStore
{
    public Task<IReadOnlyList<DeploymentRecord>> GetDeploymentsAsync(CancellationToken cancellationToken) =>
        CachedDeploymentsAsync(cancellationToken);

    private async Task<IReadOnlyList<DeploymentRecord>> ReadDeploymentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            """
            SELECT spec_path, target, kind, name, spec_commit, spec_hash, reads_hash, state, error, attempts, next_attempt_at, updated_at
            FROM deployments ORDER BY spec_path, target;
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<DeploymentRecord>();
        var pool = new TextPool();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new DeploymentRecord
            {
                SpecPath = reader.GetString(0),
                Target = pool.Text(reader.GetString(1)),
                Kind = SpecNames.ParseKind(reader.GetString(2)) ?? throw new InvalidDataException($"agent.db: unknown spec kind '{reader.GetString(2)}'"),
                Name = NullableText(reader, 3),
                SpecCommit = pool.Text(reader.GetString(4)),
                SpecHash = NullableText(reader, 5),
                ReadsHash = NullableText(reader, 6),
                State = Enum.Parse<DeploymentState>(reader.GetString(7)),
                Error = NullableText(reader, 8),
                Attempts = reader.GetInt32(9),
                NextAttemptAt = reader.IsDBNull(10) ? null : Time(reader.GetInt64(10)),
                UpdatedAt = Time(reader.GetInt64(11)),
            });
        }

        return records;
    }

    /// <summary>Writes rows and deletes others (by spec and target) in one transaction.</summary>
    public async Task WriteDeploymentsAsync(
        IReadOnlyCollection<DeploymentRecord> upserts, IReadOnlyCollection<(string SpecPath, string Target)> removals, CancellationToken cancellationToken)
    {
        if (upserts.Count == 0 && removals.Count == 0)
        {
            return;
        }

        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        foreach (var record in upserts)
        {
            await using var command = Command(
                connection,
                transaction,
                """
                INSERT INTO deployments (spec_path, target, kind, name, spec_commit, spec_hash, reads_hash, state, error, attempts, next_attempt_at, updated_at)
                VALUES ($path, $target, $kind, $name, $commit, $spec_hash, $reads_hash, $state, $error, $attempts, $next, $updated)
                ON CONFLICT (spec_path, target) DO UPDATE SET kind = excluded.kind, name = excluded.name, spec_commit = excluded.spec_commit,
                    spec_hash = excluded.spec_hash, reads_hash = excluded.reads_hash, state = excluded.state, error = excluded.error,
                    attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at, updated_at = excluded.updated_at;
                """,
                ("$path", record.SpecPath),
                ("$target", record.Target),
                ("$kind", SpecNames.ToText(record.Kind)),
                ("$name", record.Name),
                ("$commit", record.SpecCommit),
                ("$spec_hash", record.SpecHash),
                ("$reads_hash", record.ReadsHash),
                ("$state", record.State.ToString()),
                ("$error", record.Error),
                ("$attempts", record.Attempts),
                ("$next", record.NextAttemptAt?.ToUnixTimeMilliseconds()),
                ("$updated", record.UpdatedAt.ToUnixTimeMilliseconds()));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (path, target) in removals)
        {
            await using var command = Command(
                connection, transaction, "DELETE FROM deployments WHERE spec_path = $path AND target = $target;", ("$path", path), ("$target", target));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        DeploymentsWritten(upserts, removals);
    }

    /// <summary>Each node with the labels it had when it last answered, by chain path below the agent's node.</summary>
    public async Task<IReadOnlyList<KnownNode>> GetKnownNodesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT chain, labels, last_seen FROM known_nodes ORDER BY chain;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var nodes = new List<KnownNode>();
        while (await reader.ReadAsync(cancellationToken))
        {
            nodes.Add(new KnownNode(reader.GetString(0), StoreJson.Read<string[]>(reader.GetString(1)), Time(reader.GetInt64(2))));
        }

        return nodes;
    }

    public async Task SaveKnownNodesAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> nodes, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        foreach (var (chain, labels) in nodes)
        {
            await using var command = Command(
                connection,
                transaction,
                """
                INSERT INTO known_nodes (chain, labels, last_seen) VALUES ($chain, $labels, $now)
                ON CONFLICT (chain) DO UPDATE SET labels = excluded.labels, last_seen = excluded.last_seen;
                """,
                ("$chain", chain),
                ("$labels", StoreJson.Write(labels)),
                ("$now", Now()));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Replaces the statuses of the last reconcile with <paramref name="statuses"/>.</summary>
    public async Task ReplaceStatusesAsync(IReadOnlyList<PairStatus> statuses, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using (var clear = Command(connection, transaction, "DELETE FROM convergence;"))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await WriteStatusesAsync(connection, transaction, statuses, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Writes some pairs' statuses and deletes others' in one transaction, leaving the rest as they are.</summary>
    public async Task UpdateStatusesAsync(
        IReadOnlyList<PairStatus> upserts, IReadOnlyCollection<(string SpecPath, string Target)> removals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(removals);
        if (upserts.Count == 0 && removals.Count == 0)
        {
            return;
        }

        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        foreach (var (path, target) in removals)
        {
            await using var command = Command(
                connection, transaction, "DELETE FROM convergence WHERE spec_path = $path AND target = $target;", ("$path", path), ("$target", target));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await WriteStatusesAsync(connection, transaction, upserts, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task WriteStatusesAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<PairStatus> statuses,
        CancellationToken cancellationToken)
    {
        foreach (var status in statuses)
        {
            await using var command = Command(
                connection,
                transaction,
                """
                INSERT OR REPLACE INTO convergence (spec_path, target, status, spec_commit, hash, reason, error, next_retry)
                VALUES ($path, $target, $status, $commit, $hash, $reason, $error, $next);
                """,
                ("$path", status.SpecPath),
                ("$target", status.Target),
                ("$status", status.Status.ToText()),
                ("$commit", status.Commit),
                ("$hash", status.Hash),
                ("$reason", status.Reason),
                ("$error", status.Error),
                ("$next", status.NextRetry?.ToUnixTimeMilliseconds()));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<PairStatus>> GetStatusesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(
            connection, null, "SELECT spec_path, target, status, spec_commit, hash, reason, error, next_retry FROM convergence ORDER BY spec_path, target;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var statuses = new List<PairStatus>();
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses.Add(new PairStatus
            {
                SpecPath = reader.GetString(0),
                Target = reader.GetString(1),
                Status = ConvergenceStatuses.Parse(reader.GetString(2)),
                Commit = NullableText(reader, 3),
                Hash = NullableText(reader, 4),
                Reason = NullableText(reader, 5),
                Error = NullableText(reader, 6),
                NextRetry = reader.IsDBNull(7) ? null : Time(reader.GetInt64(7)),
            });
        }

        return statuses;
    }
}
