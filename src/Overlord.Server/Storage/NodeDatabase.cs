using Microsoft.Data.Sqlite;
using Overlord.Core;

namespace Overlord.Server.Storage;

/// <summary>
/// The node's one SQLite file (job queue, project statuses, smart-timeout counters...).
/// Connections are opened per operation from Microsoft.Data.Sqlite's pool, so the type is safe
/// for concurrent use; WAL lets readers run beside the single writer, and the busy timeout makes a
/// writer wait for another instead of failing.
/// </summary>
public sealed class NodeDatabase
{
    public const string FileName = "overlord.db";

    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly string _connectionString;

    private NodeDatabase(string filePath)
    {
        FilePath = filePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>Opens (creating when missing) the database in <paramref name="dataDirectory"/> and migrates its schema.</summary>
    public static async Task<NodeDatabase> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var filePath = Path.Combine(Path.GetFullPath(dataDirectory), FileName);
        PrivateFiles.CreateDirectory(dataDirectory);

        // The queue holds job environments, which may carry secrets: the file (and the -wal/-shm
        // files SQLite derives from its mode) must never be readable by others.
        PrivateFiles.CreateEmptyFileIfMissing(filePath);

        var database = new NodeDatabase(filePath);
        await using var connection = await database.ConnectAsync(cancellationToken);
        await NodeDatabaseSchema.MigrateAsync(connection, cancellationToken);
        return database;
    }

    /// <summary>An open connection with the node's pragmas applied. Dispose it after the operation.</summary>
    public async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Synchronous variant for callers on a hot synchronous path (smart timeouts).</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // synchronous=FULL: a job row must survive a power cut once EnqueueAsync has returned.
    private static string Pragmas =>
        $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";
}
