using System.Text.Json;
using Microsoft.Data.Sqlite;
using Overlord.Client.Contract;
using Overlord.Core.Config;
using Overlord.Server.Storage;

namespace Overlord.Server.Autoscale;

/// <summary>
/// The autoscaler's status per project, in the node's SQLite (the original kept it in memcached with a TTL and
/// its logs and change hashes in memory, so a restart lost them). A status older than
/// <c>autoscale_logs_expire_time</c> is not shown, as the TTL hid it.
/// </summary>
internal sealed class AutoscaleStatusStore(NodeDatabase database, OverlordConfig config, TimeProvider timeProvider)
{
    public async Task<AutoscaleRecord?> GetAsync(string project, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT operation, logs, last_update, metadata_hash FROM autoscale_status WHERE project = $project;";
        command.Parameters.AddWithValue("$project", project);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The status to show, or null when there is none or it has expired.</summary>
    public async Task<AutoscaleStatus?> GetShownAsync(string project, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return await GetAsync(project, cancellationToken) is { } record && !IsExpired(record, now) ? record.ToStatus(now) : null;
    }

    public async Task SaveAsync(string project, AutoscaleRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO autoscale_status (project, operation, logs, last_update, metadata_hash)
            VALUES ($project, $operation, $logs, $lastUpdate, $hash);
            """;
        command.Parameters.AddWithValue("$project", project);
        command.Parameters.AddWithValue("$operation", record.Operation);
        command.Parameters.AddWithValue("$logs", JsonSerializer.Serialize(record.Logs, OverlordJsonContext.Default.IReadOnlyListJsonElement));
        command.Parameters.AddWithValue("$lastUpdate", UnixMilliseconds.From(record.LastUpdate));
        command.Parameters.AddWithValue("$hash", (object?)record.MetadataHash ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ProjectsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT project FROM autoscale_status ORDER BY project;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var projects = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            projects.Add(reader.GetString(0));
        }

        return projects;
    }

    public async Task DeleteAsync(string project, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM autoscale_status WHERE project = $project;";
        command.Parameters.AddWithValue("$project", project);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public bool IsExpired(AutoscaleRecord record, DateTimeOffset now) => now - record.LastUpdate > config.AutoscaleLogsExpireTime;

    private static AutoscaleRecord Read(SqliteDataReader reader)
    {
        using var stored = JsonDocument.Parse(reader.GetString(1));
        List<JsonElement> logs = stored.RootElement.ValueKind == JsonValueKind.Array
            ? [.. stored.RootElement.EnumerateArray().Where(entry => entry.ValueKind == JsonValueKind.Object).Select(entry => entry.Clone())]
            : [];
        return new AutoscaleRecord(
            reader.GetString(0),
            logs,
            UnixMilliseconds.ToTime(reader.GetInt64(2)),
            reader.IsDBNull(3) ? null : reader.GetString(3));
    }
}
