using Microsoft.Data.Sqlite;
using Overlord.Core;

namespace Overlord.Platform.Sqlite;

/// <summary>
/// One SQLite file of Overlord's (the node's database, the agent's store): readable by its owner only, opened with the
/// same pragmas on every connection, and migrated by its <see cref="SqliteSchema"/>. Connections are opened per
/// operation from Microsoft.Data.Sqlite's pool, so the type is safe for concurrent use; WAL lets readers run beside
/// the single writer, and the busy timeout makes a writer wait for another instead of failing.
/// </summary>
public sealed class SqliteDatabase
{
    private const int BusyTimeoutMilliseconds = 10_000;

    // synchronous=FULL: a row (a queued job, a plan before its first dispatch) must survive a power cut once its write
    // has returned.
    private static readonly string Pragmas =
        $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";

    private readonly string _connectionString;

    public SqliteDatabase(string filePath, SqliteSchema schema)
    {
        FilePath = Path.GetFullPath(filePath);
        Schema = schema;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public string FilePath { get; }

    public SqliteSchema Schema { get; }

    /// <summary>Creates the file (and its folder) when missing, owner-only, and runs the migrations it has not had.</summary>
    public async Task CreateAndMigrateAsync(CancellationToken cancellationToken)
    {
        // The files hold job environments and what the specs said, secrets included: the file (and the -wal/-shm
        // files SQLite derives from its mode) must never be readable by others.
        PrivateFiles.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        PrivateFiles.CreateEmptyFileIfMissing(FilePath);

        await using var connection = await ConnectAsync(cancellationToken);
        await Schema.MigrateAsync(connection, cancellationToken);
    }

    /// <summary>An open connection with the pragmas applied. Dispose it after the operation.</summary>
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
}
