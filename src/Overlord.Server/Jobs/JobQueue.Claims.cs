using Overlord.Server.Storage;

namespace Overlord.Server.Jobs;

public sealed partial class JobQueue
{
    // A work job (up/down) is claimable when no other work job of its project is running; taking the
    // lowest id first keeps each project's jobs in id order. Cancel jobs never wait for the project.
    private const string ClaimWorkSql = """
        UPDATE jobs SET state = 'running', attempts = attempts + 1, owner = $owner, started_at = $now
        WHERE id = (
            SELECT j.id FROM jobs j
            WHERE j.state = 'queued' AND j.kind <> 'cancel'
              AND NOT EXISTS (
                  SELECT 1 FROM jobs r
                  WHERE r.project = j.project AND r.state = 'running' AND r.kind <> 'cancel')
            ORDER BY j.id LIMIT 1)
        RETURNING id, kind, project, payload, attempts;
        """;

    private const string ClaimCancelSql = """
        UPDATE jobs SET state = 'running', attempts = attempts + 1, owner = $owner, started_at = $now
        WHERE id = (SELECT id FROM jobs WHERE state = 'queued' AND kind = 'cancel' ORDER BY id LIMIT 1)
        RETURNING id, kind, project, payload, attempts;
        """;

    /// <summary>Claims the next runnable job, or returns null. <paramref name="cancelOnly"/> picks cancel jobs only.</summary>
    public async Task<ClaimedJob?> TryClaimAsync(string owner, bool cancelOnly, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = cancelOnly ? ClaimCancelSql : ClaimWorkSql;
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$now", UnixMilliseconds.From(timeProvider.GetUtcNow()));
        ClaimedJob? claimed = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                var kind = JobColumnNames.KindOf(reader.GetString(1));
                claimed = new ClaimedJob(
                    reader.GetInt64(0),
                    kind,
                    reader.GetString(2),
                    JobPayloadSerializer.Deserialize(kind, reader.GetString(3)),
                    reader.GetInt32(4),
                    owner);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    /// <summary>
    /// Records the end of a claimed job. False when the claim is stale: the job was requeued and claimed
    /// again (its node was presumed dead), so this late result must not overwrite the new attempt.
    /// </summary>
    public async Task<bool> CompleteAsync(ClaimedJob job, JobOutcome outcome, CancellationToken cancellationToken)
    {
        var changed = await UpdateClaimAsync(
            job,
            "state = $state, finished_at = $now, message = $message, owner = NULL",
            [("$state", JobColumnNames.Of(outcome.State)), ("$message", (object?)outcome.Message ?? DBNull.Value)],
            cancellationToken);
        Signal.Set();
        return changed;
    }

    /// <summary>Gives a job back to the queue untouched (the node is stopping); the attempt does not count.</summary>
    public async Task<bool> ReleaseAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        var changed = await UpdateClaimAsync(
            job, "state = 'queued', attempts = attempts - 1, owner = NULL, started_at = NULL", [], cancellationToken);
        Signal.Set();
        return changed;
    }

    /// <summary>
    /// Run at start: every job still marked running was cut off by a node that died (SIGKILL, power
    /// loss) and is queued again. A job that has already been started <paramref name="maxAttempts"/>
    /// times is failed instead, so a job that kills the node cannot loop forever. Returns the requeued count.
    /// </summary>
    public async Task<int> RequeueAbandonedAsync(int maxAttempts, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE jobs SET state = 'failed', owner = NULL, finished_at = $now,
                message = 'abandoned: the node stopped during each of its ' || attempts || ' attempts'
            WHERE state = 'running' AND attempts >= $max;
            UPDATE jobs SET state = 'queued', owner = NULL, started_at = NULL WHERE state = 'running';
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$now", UnixMilliseconds.From(timeProvider.GetUtcNow()));
        command.Parameters.AddWithValue("$max", maxAttempts);
        var requeued = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        Signal.Set();
        return (int)requeued;
    }

    private async Task<bool> UpdateClaimAsync(
        ClaimedJob job, string assignments, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            UPDATE jobs SET {assignments}
            WHERE id = $id AND owner = $owner AND attempts = $attempt AND state = 'running';
            """;
        command.Parameters.AddWithValue("$id", job.Id);
        command.Parameters.AddWithValue("$owner", job.Owner);
        command.Parameters.AddWithValue("$attempt", job.Attempt);
        command.Parameters.AddWithValue("$now", UnixMilliseconds.From(timeProvider.GetUtcNow()));
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
