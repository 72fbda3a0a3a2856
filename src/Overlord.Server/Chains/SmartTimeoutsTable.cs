using Overlord.Server.Storage;

namespace Overlord.Server.Chains;

/// <summary>The <c>chain_failures</c> table behind <see cref="SmartTimeouts"/>.</summary>
internal static class SmartTimeoutsTable
{
    public static Dictionary<string, ChainFailures> ReadAll(NodeDatabase database)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT chain, failures, increase, last_failure FROM chain_failures;";
        using var reader = command.ExecuteReader();
        var counters = new Dictionary<string, ChainFailures>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counters[reader.GetString(0)] = new ChainFailures(
                reader.GetInt32(1), reader.GetInt32(2), UnixMilliseconds.ToTime(reader.GetInt64(3)));
        }

        return counters;
    }

    public static void Write(NodeDatabase database, string chain, ChainFailures counters)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO chain_failures (chain, failures, increase, last_failure)
            VALUES ($chain, $failures, $increase, $lastFailure);
            """;
        command.Parameters.AddWithValue("$chain", chain);
        command.Parameters.AddWithValue("$failures", counters.Failures);
        command.Parameters.AddWithValue("$increase", counters.Increase);
        command.Parameters.AddWithValue("$lastFailure", UnixMilliseconds.From(counters.LastFailure));
        command.ExecuteNonQuery();
    }

    public static void Delete(NodeDatabase database, string chain)
    {
        using var connection = database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM chain_failures WHERE chain = $chain;";
        command.Parameters.AddWithValue("$chain", chain);
        command.ExecuteNonQuery();
    }
}
