using Microsoft.Data.Sqlite;
using Overlord.Server.Storage;

namespace Overlord.Server.Jobs;

/// <summary>
/// Each VM's last status, read by GET vm/{name} and the tree. Kept in the <c>project_status</c> table under the action
/// <c>vm</c> (a VM is a project of the same name): its output is the installer's text, its message unused. Deleting a
/// project's statuses (<see cref="ProjectStatusStore.DeleteAsync"/>) deletes its VM status too.
/// </summary>
public sealed class VmStatusStore(NodeDatabase database)
{
    private const string Action = "vm";

    public async Task SetAsync(string vm, VmStatusRecord status, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO project_status
                (project, action, operation, output, last_update, job_id, exception_type, exception_message)
            VALUES ($vm, $action, $operation, $output, $lastUpdate, $jobId, $exceptionType, $exceptionMessage);
            """;
        command.Parameters.AddWithValue("$vm", vm);
        command.Parameters.AddWithValue("$action", Action);
        command.Parameters.AddWithValue("$operation", status.Operation);
        command.Parameters.AddWithValue("$output", (object?)status.Output ?? DBNull.Value);
        command.Parameters.AddWithValue("$lastUpdate", UnixMilliseconds.From(status.LastUpdate));
        command.Parameters.AddWithValue("$jobId", status.JobId);
        command.Parameters.AddWithValue("$exceptionType", (object?)status.Exception?.Type ?? DBNull.Value);
        command.Parameters.AddWithValue("$exceptionMessage", (object?)status.Exception?.Message ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<VmStatusRecord?> GetAsync(string vm, CancellationToken cancellationToken) =>
        (await ReadAsync("project = $vm AND action = $action", vm, cancellationToken)).Select(pair => pair.Status).FirstOrDefault();

    /// <summary>Every VM with a status on this node, by name.</summary>
    public async Task<IReadOnlyList<(string Vm, VmStatusRecord Status)>> ListAsync(CancellationToken cancellationToken) =>
        await ReadAsync("action = $action", null, cancellationToken);

    public async Task DeleteAsync(string vm, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM project_status WHERE project = $vm AND action = $action;";
        command.Parameters.AddWithValue("$vm", vm);
        command.Parameters.AddWithValue("$action", Action);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<(string Vm, VmStatusRecord Status)>> ReadAsync(string where, string? vm, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT project, operation, output, last_update, job_id, exception_type, exception_message
            FROM project_status WHERE {where} ORDER BY project;
            """;
        command.Parameters.AddWithValue("$action", Action);
        if (vm is not null)
        {
            command.Parameters.AddWithValue("$vm", vm);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<(string, VmStatusRecord)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add((reader.GetString(0), Read(reader)));
        }

        return result;
    }

    private static VmStatusRecord Read(SqliteDataReader reader) => new(
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        UnixMilliseconds.ToTime(reader.GetInt64(3)),
        reader.GetInt64(4),
        reader.IsDBNull(5) ? null : new ErrorInfo(reader.GetString(5), reader.IsDBNull(6) ? "" : reader.GetString(6)));
}
