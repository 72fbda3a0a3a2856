using System.Text.Json;
using Microsoft.Data.Sqlite;
using Overlord.Client.Contract;
using Overlord.Server.Integrations;
using Overlord.Server.Storage;

namespace Overlord.Server.Jobs;

/// <summary>Each project's last up and down status (the original kept them in memcached), read by project/info.</summary>
public sealed class ProjectStatusStore(NodeDatabase database)
{
    public async Task SetAsync(string project, ProjectAction action, ProjectOperationStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO project_status
                (project, action, operation, output, last_update, job_id, restarted, message, exception_type, exception_message, labels)
            VALUES ($project, $action, $operation, $output, $lastUpdate, $jobId, $restarted, $message, $exceptionType, $exceptionMessage, $labels);
            """;
        command.Parameters.AddWithValue("$project", project);
        command.Parameters.AddWithValue("$action", NameOf(action));
        command.Parameters.AddWithValue("$operation", status.Operation);
        command.Parameters.AddWithValue("$output", Nullable(status.Output is null ? null : JsonSerializer.Serialize(status.Output, OverlordJson.Options.TypeInfo<OperationOutput>())));
        command.Parameters.AddWithValue("$lastUpdate", UnixMilliseconds.From(status.LastUpdate));
        command.Parameters.AddWithValue("$jobId", status.JobId);
        command.Parameters.AddWithValue("$restarted", status.Restarted is { } restarted ? restarted : DBNull.Value);
        command.Parameters.AddWithValue("$message", Nullable(status.Message));
        command.Parameters.AddWithValue("$exceptionType", Nullable(status.Exception?.Type));
        command.Parameters.AddWithValue("$exceptionMessage", Nullable(status.Exception?.Message));
        command.Parameters.AddWithValue("$labels", Nullable(status.Labels is null ? null : JsonSerializer.Serialize(status.Labels.ToReport(), OverlordJson.Options.TypeInfo<SpecialLabelsReport>())));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ProjectOperationStatus?> GetAsync(string project, ProjectAction action, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT operation, output, last_update, job_id, restarted, message, exception_type, exception_message, labels
            FROM project_status WHERE project = $project AND action = $action;
            """;
        command.Parameters.AddWithValue("$project", project);
        command.Parameters.AddWithValue("$action", NameOf(action));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<ProjectStatuses> GetBothAsync(string project, CancellationToken cancellationToken) =>
        new(await GetAsync(project, ProjectAction.Up, cancellationToken), await GetAsync(project, ProjectAction.Down, cancellationToken));

    /// <summary>Forgets a project's statuses (the original drops them once the project leaves <c>ls</c>).</summary>
    public async Task DeleteAsync(string project, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM project_status WHERE project = $project;";
        command.Parameters.AddWithValue("$project", project);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static ProjectOperationStatus Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.IsDBNull(1) ? null : JsonSerializer.Deserialize(reader.GetString(1), OverlordJson.Options.TypeInfo<OperationOutput>()),
        UnixMilliseconds.ToTime(reader.GetInt64(2)),
        reader.GetInt64(3),
        reader.IsDBNull(4) ? null : reader.GetBoolean(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : new ErrorInfo(reader.GetString(6), reader.IsDBNull(7) ? "" : reader.GetString(7)),
        reader.IsDBNull(8) ? null : SpecialLabelsOutcome.FromReport(JsonSerializer.Deserialize(reader.GetString(8), OverlordJson.Options.TypeInfo<SpecialLabelsReport>()) ?? new SpecialLabelsReport()));

    private static string NameOf(ProjectAction action) => action == ProjectAction.Up ? "up" : "down";

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;
}
