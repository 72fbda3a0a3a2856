using Overlord.Server.Storage;

namespace Overlord.Server.Jobs;

/// <summary>Per-job log lines, kept in the node database so an API route can show what a job did.</summary>
public sealed class JobLog(NodeDatabase database, TimeProvider timeProvider)
{
    public async Task AppendAsync(long jobId, string line, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO job_logs (job_id, at, line) VALUES ($job, $at, $line);";
        command.Parameters.AddWithValue("$job", jobId);
        command.Parameters.AddWithValue("$at", UnixMilliseconds.From(timeProvider.GetUtcNow()));
        command.Parameters.AddWithValue("$line", line);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JobLogLine>> ReadAsync(long jobId, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, line FROM job_logs WHERE job_id = $job ORDER BY seq;";
        command.Parameters.AddWithValue("$job", jobId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<JobLogLine>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(new JobLogLine(UnixMilliseconds.ToTime(reader.GetInt64(0)), reader.GetString(1)));
        }

        return lines;
    }
}
