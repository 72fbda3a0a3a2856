using Microsoft.Data.Sqlite;
using Overlord.Agent.Planning;

namespace Overlord.Agent.Store;

public sealed partial class AgentStore
{
    // Syncs kept in the history; the notes in the repository are the long-term record.
    private const int HistoryKept = 1000;

    /// <summary>Writes a sync's history row: once when it starts, again when it ends.</summary>
    public async Task RecordSyncAsync(SyncHistoryEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            $"""
            INSERT INTO sync_history (sync_id, trigger, target_commit, started_at, ended_at, state, message)
            VALUES ($id, $trigger, $commit, $started, $ended, $state, $message)
            ON CONFLICT (sync_id) DO UPDATE SET trigger = excluded.trigger, target_commit = excluded.target_commit,
                ended_at = excluded.ended_at, state = excluded.state, message = excluded.message;
            DELETE FROM sync_history WHERE sync_id NOT IN (SELECT sync_id FROM sync_history ORDER BY started_at DESC LIMIT {HistoryKept});
            """,
            ("$id", entry.SyncId),
            ("$trigger", entry.Trigger.Text),
            ("$commit", entry.TargetCommit),
            ("$started", entry.StartedAt.ToUnixTimeMilliseconds()),
            ("$ended", entry.EndedAt?.ToUnixTimeMilliseconds()),
            ("$state", entry.State?.ToString()),
            ("$message", entry.Message));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The newest syncs first.</summary>
    public async Task<IReadOnlyList<SyncHistoryEntry>> GetHistoryAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            "SELECT sync_id, trigger, target_commit, started_at, ended_at, state, message FROM sync_history ORDER BY started_at DESC, rowid DESC LIMIT $limit;",
            ("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<SyncHistoryEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(ReadHistory(reader));
        }

        return entries;
    }

    private static SyncHistoryEntry ReadHistory(SqliteDataReader reader) => new()
    {
        SyncId = reader.GetString(0),
        Trigger = SyncTrigger.Parse(reader.GetString(1)),
        TargetCommit = NullableText(reader, 2),
        StartedAt = Time(reader.GetInt64(3)),
        EndedAt = reader.IsDBNull(4) ? null : Time(reader.GetInt64(4)),
        State = NullableText(reader, 5) is { } state ? Enum.Parse<SyncState>(state) : null,
        Message = NullableText(reader, 6),
    };
}
