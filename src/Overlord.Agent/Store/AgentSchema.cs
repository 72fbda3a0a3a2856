using Overlord.Platform.Sqlite;

namespace Overlord.Agent.Store;

/// <summary>
/// The migrations of agent.db, in order (see <see cref="SqliteSchema"/>). Append new migrations at the end; never
/// edit one that has shipped. Lists are JSON arrays in TEXT columns.
/// </summary>
internal static class AgentSchema
{
    public static readonly SqliteSchema Schema = new("agent schema",
    [
        """
        CREATE TABLE agent_state (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE sync_plans (
            sync_id           TEXT    PRIMARY KEY,
            target_commit     TEXT    NOT NULL,
            base_commit       TEXT,
            trigger           TEXT    NOT NULL,
            history_rewritten INTEGER NOT NULL,
            orphaned          TEXT    NOT NULL,
            created_at        INTEGER NOT NULL,
            finished_at       INTEGER
        );

        CREATE TABLE sync_plan_steps (
            sync_id      TEXT    NOT NULL REFERENCES sync_plans (sync_id) ON DELETE CASCADE,
            ordinal      INTEGER NOT NULL,
            spec_path    TEXT    NOT NULL,
            action       TEXT    NOT NULL,
            phase        TEXT    NOT NULL,
            kind         TEXT,
            name         TEXT,
            spec_commit  TEXT    NOT NULL,
            reason       TEXT    NOT NULL,
            errors       TEXT    NOT NULL,
            dependencies TEXT    NOT NULL,
            status       TEXT    NOT NULL,
            targets      TEXT    NOT NULL,
            error        TEXT,
            PRIMARY KEY (sync_id, ordinal)
        );

        CREATE TABLE inventory (
            spec_path           TEXT    PRIMARY KEY,
            kind                TEXT    NOT NULL,
            name                TEXT,
            targets             TEXT    NOT NULL,
            last_applied_commit TEXT    NOT NULL,
            status              TEXT    NOT NULL,
            dependencies        TEXT    NOT NULL,
            last_result         TEXT,
            updated_at          INTEGER NOT NULL
        );

        CREATE TABLE webhook_deliveries (
            delivery_id TEXT    PRIMARY KEY,
            received_at INTEGER NOT NULL
        );
        CREATE INDEX webhook_deliveries_by_age ON webhook_deliveries (received_at);

        CREATE TABLE sync_history (
            sync_id       TEXT    PRIMARY KEY,
            trigger       TEXT    NOT NULL,
            target_commit TEXT,
            started_at    INTEGER NOT NULL,
            ended_at      INTEGER,
            state         TEXT,
            message       TEXT
        );
        CREATE INDEX sync_history_by_start ON sync_history (started_at);
        """,
        """
        ALTER TABLE sync_plan_steps ADD COLUMN scope TEXT;

        CREATE TABLE deployments (
            spec_path       TEXT    NOT NULL,
            target          TEXT    NOT NULL,
            kind            TEXT    NOT NULL,
            name            TEXT,
            spec_commit     TEXT    NOT NULL,
            spec_hash       TEXT,
            reads_hash      TEXT,
            state           TEXT    NOT NULL,
            error           TEXT,
            attempts        INTEGER NOT NULL,
            next_attempt_at INTEGER,
            updated_at      INTEGER NOT NULL,
            PRIMARY KEY (spec_path, target)
        );

        CREATE TABLE known_nodes (
            chain     TEXT    PRIMARY KEY,
            labels    TEXT    NOT NULL,
            last_seen INTEGER NOT NULL
        );

        CREATE TABLE convergence (
            spec_path  TEXT    NOT NULL,
            target     TEXT    NOT NULL,
            status     TEXT    NOT NULL,
            spec_commit TEXT,
            hash       TEXT,
            reason     TEXT,
            error      TEXT,
            next_retry INTEGER,
            PRIMARY KEY (spec_path, target)
        );
        """,
        """
        CREATE TABLE webhook_bodies (
            provider    TEXT    NOT NULL,
            body_hash   TEXT    NOT NULL,
            received_at INTEGER NOT NULL,
            PRIMARY KEY (provider, body_hash)
        );
        CREATE INDEX webhook_bodies_by_age ON webhook_bodies (received_at);
        """,
    ]);
}
