using Microsoft.Data.Sqlite;

namespace Overlord.Server.Storage;

/// <summary>
/// The schema as an ordered list of migrations; <c>schema_version</c> holds how many have run.
/// Append new migrations at the end; never edit one that has shipped.
/// </summary>
internal static class NodeDatabaseSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE jobs (
            id          INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: ids grow and are never reused
            kind        TEXT    NOT NULL,
            project     TEXT    NOT NULL,
            payload     TEXT    NOT NULL,
            state       TEXT    NOT NULL,
            attempts    INTEGER NOT NULL DEFAULT 0,
            owner       TEXT,
            created_at  INTEGER NOT NULL,
            started_at  INTEGER,
            finished_at INTEGER,
            message     TEXT
        );
        CREATE INDEX jobs_by_state ON jobs (state, project, kind);

        CREATE TABLE job_logs (
            seq    INTEGER PRIMARY KEY AUTOINCREMENT,
            job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
            at     INTEGER NOT NULL,
            line   TEXT    NOT NULL
        );
        CREATE INDEX job_logs_by_job ON job_logs (job_id, seq);

        CREATE TABLE project_status (
            project           TEXT    NOT NULL,
            action            TEXT    NOT NULL,
            operation         TEXT    NOT NULL,
            output            TEXT,
            last_update       INTEGER NOT NULL,
            job_id            INTEGER NOT NULL,
            restarted         INTEGER,
            message           TEXT,
            exception_type    TEXT,
            exception_message TEXT,
            PRIMARY KEY (project, action)
        );

        CREATE TABLE reserved_ports (
            interface TEXT    NOT NULL,
            port      INTEGER NOT NULL,
            project   TEXT    NOT NULL,
            PRIMARY KEY (interface, port)
        );

        CREATE TABLE chain_failures (
            chain        TEXT    PRIMARY KEY,
            failures     INTEGER NOT NULL,
            increase     INTEGER NOT NULL,
            last_failure INTEGER NOT NULL
        );
        """,
        """
        CREATE TABLE autoscale_status (
            project       TEXT    PRIMARY KEY,
            operation     TEXT    NOT NULL,
            logs          TEXT    NOT NULL,
            last_update   INTEGER NOT NULL,
            metadata_hash TEXT
        );

        CREATE TABLE haproxy_counters (
            proxy_type TEXT NOT NULL,
            proxy_name TEXT NOT NULL,
            metric     TEXT NOT NULL,
            last_value REAL NOT NULL,
            offset     REAL NOT NULL,
            PRIMARY KEY (proxy_type, proxy_name, metric)
        );
        """,

        // What the special labels did (the status's "labels"), as JSON.
        "ALTER TABLE project_status ADD COLUMN labels TEXT;",
    ];

    public static int LatestVersion => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // journal_mode is stored in the file and cannot change inside a transaction.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);

        // BeginTransaction() is BEGIN IMMEDIATE: two processes opening a new file migrate one after the other.
        await using var transaction = connection.BeginTransaction();
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken);
        var current = await ReadVersionAsync(connection, transaction, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"{connection.DataSource}: schema version {current} is newer than this Overlord knows ({LatestVersion}); upgrade Overlord");
        }

        for (var version = current; version < LatestVersion; version++)
        {
            await ExecuteAsync(connection, transaction, Migrations[version], cancellationToken);
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
