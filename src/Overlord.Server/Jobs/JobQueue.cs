using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Overlord.Client.Contract;
using Overlord.Server.Storage;

namespace Overlord.Server.Jobs;

/// <summary>
/// The durable job queue, replacing the original's beanstalkd tubes (reference 1 and 13.6). At least
/// once: a job row is committed before its id is returned, a claim only marks it running, and a job
/// left running by a node that died is queued again when the node starts (<see cref="RequeueAbandonedAsync"/>).
/// One job at a time per project, in id order; cancel jobs are exempt.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "It is the job queue; the name says what it is, not that it derives from Queue<T>.")]
public sealed partial class JobQueue(NodeDatabase database, TimeProvider timeProvider)
{
    /// <summary>Set on every enqueue; the worker waits on it.</summary>
    public JobSignal Signal { get; } = new();

    /// <summary>Adds a job and returns its id once the row is committed.</summary>
    public async Task<long> EnqueueAsync(string project, JobPayload payload, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO jobs (kind, project, payload, state, created_at)
            VALUES ($kind, $project, $payload, 'queued', $now)
            RETURNING id;
            """;
        command.Parameters.AddWithValue("$kind", JobColumnNames.Of(payload.Kind));
        command.Parameters.AddWithValue("$project", project);
        command.Parameters.AddWithValue("$payload", JobPayloadSerializer.Serialize(payload));
        command.Parameters.AddWithValue("$now", UnixMilliseconds.From(timeProvider.GetUtcNow()));

        // Outside an explicit transaction the INSERT autocommits when the statement completes.
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        Signal.Set();
        return id;
    }

    public async Task<JobRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RecordColumns} FROM jobs WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRecord(reader) : null;
    }

    /// <summary>The jobs of a project, oldest first.</summary>
    public async Task<IReadOnlyList<JobRecord>> ListAsync(string project, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RecordColumns} FROM jobs WHERE project = $project ORDER BY id;";
        command.Parameters.AddWithValue("$project", project);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<JobRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(ReadRecord(reader));
        }

        return records;
    }

    private const string RecordColumns = "id, kind, project, state, attempts, created_at, started_at, finished_at, message";

    private static JobRecord ReadRecord(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        JobColumnNames.KindOf(reader.GetString(1)),
        reader.GetString(2),
        JobColumnNames.StateOf(reader.GetString(3)),
        reader.GetInt32(4),
        UnixMilliseconds.ToTime(reader.GetInt64(5)),
        UnixMilliseconds.ToTime(reader.GetValue(6)),
        UnixMilliseconds.ToTime(reader.GetValue(7)),
        reader.IsDBNull(8) ? null : reader.GetString(8));
}
