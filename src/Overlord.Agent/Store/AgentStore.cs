using Microsoft.Data.Sqlite;
using Overlord.Platform.Sqlite;

namespace Overlord.Agent.Store;

/// <summary>
/// The agent's state in its own SQLite file, <c>agent.db</c> in the data directory: the last applied commit,
/// the plan being dispatched, the inventory of deployed specs, seen webhook deliveries and the sync history.
/// A connection per operation from the pool makes it safe for concurrent use; WAL lets the webhook routes read
/// while a sync writes.
/// </summary>
public sealed partial class AgentStore : IDisposable
{
    public const string FileName = "agent.db";

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _migration = new(1, 1);
    private volatile bool _migrated;

    private AgentStore(string filePath, TimeProvider timeProvider)
    {
        _database = new SqliteDatabase(filePath, AgentSchema.Schema);
        _timeProvider = timeProvider;
    }

    public string FilePath => _database.FilePath;

    /// <summary>Opens (creating when missing) agent.db in <paramref name="dataDirectory"/> and migrates its schema.</summary>
    public static async Task<AgentStore> OpenAsync(string dataDirectory, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var store = Create(dataDirectory, timeProvider);
        await using var connection = await store.ConnectAsync(cancellationToken);
        return store;
    }

    /// <summary>A store on agent.db in <paramref name="dataDirectory"/> that creates and migrates the file on its first use
    /// (for dependency injection, which cannot await).</summary>
    public static AgentStore Create(string dataDirectory, TimeProvider timeProvider) =>
        new(Path.Combine(Path.GetFullPath(dataDirectory), FileName), timeProvider);

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateOnceAsync(cancellationToken);
        }

        return await _database.ConnectAsync(cancellationToken);
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await _migration.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }

            await _database.CreateAndMigrateAsync(cancellationToken);
            _migrated = true;
        }
        finally
        {
            _migration.Release();
        }
    }

    public void Dispose() => _migration.Dispose();

    private long Now() => _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    private static string? NullableText(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
