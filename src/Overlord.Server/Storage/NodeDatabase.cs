using Microsoft.Data.Sqlite;
using Overlord.Platform.Sqlite;

namespace Overlord.Server.Storage;

/// <summary>
/// The node's one SQLite file (job queue, project statuses, smart-timeout counters...), owner-only and migrated by
/// <see cref="NodeDatabaseSchema"/>; opening, pragmas and pooling are <see cref="SqliteDatabase"/>'s.
/// </summary>
public sealed class NodeDatabase
{
    public const string FileName = "overlord.db";

    private readonly SqliteDatabase _database;

    private NodeDatabase(SqliteDatabase database) => _database = database;

    public string FilePath => _database.FilePath;

    /// <summary>Opens (creating when missing) the database in <paramref name="dataDirectory"/> and migrates its schema.</summary>
    public static async Task<NodeDatabase> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var database = new SqliteDatabase(Path.Combine(Path.GetFullPath(dataDirectory), FileName), NodeDatabaseSchema.Schema);
        await database.CreateAndMigrateAsync(cancellationToken);
        return new NodeDatabase(database);
    }

    /// <summary>An open connection with the node's pragmas applied. Dispose it after the operation.</summary>
    public Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken) => _database.ConnectAsync(cancellationToken);

    /// <summary>Synchronous variant for callers on a hot synchronous path (smart timeouts).</summary>
    public SqliteConnection Connect() => _database.Connect();
}
