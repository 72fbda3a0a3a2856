using Overlord.Server.Storage;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Storage;

public sealed class NodeDatabaseTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_new_folder_creates_a_WAL_database_at_the_latest_schema_version()
    {
        using var folder = new TempDirectory();

        var database = await NodeDatabase.OpenAsync(folder.Combine("data"), Token);

        Assert.Equal(Path.Combine(folder.Combine("data"), NodeDatabase.FileName), database.FilePath);
        Assert.Equal("wal", await ScalarAsync(database, "PRAGMA journal_mode;"));
        Assert.Equal((long)NodeDatabaseSchema.LatestVersion, await ScalarAsync(database, "SELECT version FROM schema_version;"));
    }

    [Fact]
    public async Task Open_again_keeps_rows_and_does_not_rerun_migrations()
    {
        using var folder = new TempDirectory();
        var first = await NodeDatabase.OpenAsync(folder.Path, Token);
        await ScalarAsync(first, "INSERT INTO chain_failures VALUES ('alpha', 1, 0, 0); SELECT 1;");

        var second = await NodeDatabase.OpenAsync(folder.Path, Token);

        Assert.Equal(1L, await ScalarAsync(second, "SELECT COUNT(*) FROM schema_version;"));
        Assert.Equal("alpha", await ScalarAsync(second, "SELECT chain FROM chain_failures;"));
    }

    [Fact]
    public async Task Open_creates_the_database_file_readable_by_its_owner_only()
    {
        using var folder = new TempDirectory();

        var database = await NodeDatabase.OpenAsync(folder.Path, Token);

        Assert.Equal(FileModes.OwnerOnly, FileModes.Of(database.FilePath));
    }

    [Fact]
    public async Task Open_a_database_from_a_newer_Overlord_is_refused()
    {
        using var folder = new TempDirectory();
        var database = await NodeDatabase.OpenAsync(folder.Path, Token);
        await ScalarAsync(database, "UPDATE schema_version SET version = 999; SELECT 1;");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => NodeDatabase.OpenAsync(folder.Path, Token));

        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_writers_on_two_instances_all_succeed()
    {
        using var folder = new TempDirectory();
        var first = await NodeDatabase.OpenAsync(folder.Path, Token);
        var second = await NodeDatabase.OpenAsync(folder.Path, Token);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => ScalarAsync(
            i % 2 == 0 ? first : second, $"INSERT INTO chain_failures VALUES ('c{i}', 1, 0, 0); SELECT 1;")));

        Assert.Equal(40L, await ScalarAsync(first, "SELECT COUNT(*) FROM chain_failures;"));
    }

    private static async Task<object?> ScalarAsync(NodeDatabase database, string sql)
    {
        await using var connection = await database.ConnectAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Token);
    }
}
