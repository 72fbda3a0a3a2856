using Microsoft.Data.Sqlite;

namespace Overlord.Agent.Store;

public sealed partial class AgentStore
{
    private const string LastAppliedKey = "last_applied_commit";
    private const string BranchHeadKey = "branch_head";

    /// <summary>The branch head the last ls-remote saw, or null before the first.</summary>
    public async Task<string?> GetBranchHeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT value FROM agent_state WHERE key = $key;", ("$key", BranchHeadKey));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SetBranchHeadAsync(string commit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(
            connection,
            null,
            "INSERT INTO agent_state (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
            ("$key", BranchHeadKey),
            ("$value", commit));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The commit the last completed plan deployed, or null before the first one.</summary>
    public async Task<string?> GetLastAppliedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT value FROM agent_state WHERE key = $key;", ("$key", LastAppliedKey));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Moves the last applied commit without a plan (a sync that found nothing to do).</summary>
    public async Task SetLastAppliedAsync(string commit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var command = SetLastAppliedCommand(connection, null, commit);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand SetLastAppliedCommand(
        SqliteConnection connection, SqliteTransaction? transaction, string commit) =>
        Command(
            connection,
            transaction,
            "INSERT INTO agent_state (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
            ("$key", LastAppliedKey),
            ("$value", commit));
}
