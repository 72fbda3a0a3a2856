using Microsoft.Data.Sqlite;

namespace Overlord.Platform.Sqlite;

/// <summary>
/// A database's schema as an ordered list of migrations; its <c>schema_version</c> table holds how many have run.
/// Append new migrations at the end; never edit one that has shipped.
/// </summary>
/// <param name="name">What the refusal of a newer file calls it ("schema", "agent schema").</param>
/// <param name="migrations">The SQL of each migration, oldest first.</param>
public sealed class SqliteSchema(string name, IReadOnlyList<string> migrations)
{
    public int LatestVersion => migrations.Count;

    /// <summary>Runs the migrations the file has not had yet; refuses a file written by a newer Overlord.</summary>
    public async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);

        // journal_mode is stored in the file and cannot change inside a transaction.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);

        // BeginTransaction() is BEGIN IMMEDIATE: two processes opening a new file migrate one after the other.
        await using var transaction = connection.BeginTransaction();
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken);
        var current = await ReadVersionAsync(connection, transaction, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"{connection.DataSource}: {name} version {current} is newer than this Overlord knows ({LatestVersion}); upgrade Overlord");
        }

        for (var version = current; version < LatestVersion; version++)
        {
            await ExecuteAsync(connection, transaction, migrations[version], cancellationToken);
        }

        await ExecuteAsync(connection, transaction, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({LatestVersion});", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT MAX(version) FROM schema_version;";
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is long version ? (int)version : 0;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
