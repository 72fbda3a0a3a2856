using Overlord.Platform.Sqlite;

namespace Overlord.Server.Storage;

/// <summary>
/// The node database's migrations, in order (see <see cref="SqliteSchema"/>).
/// Append new migrations at the end; never edit one that has shipped.
/// </summary>
internal static class NodeDatabaseSchema
{
    public static readonly SqliteSchema Schema = new("schema",
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
    ]);

    public static int LatestVersion => Schema.LatestVersion;
}
