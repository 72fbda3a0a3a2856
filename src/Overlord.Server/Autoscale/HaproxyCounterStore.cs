using Overlord.Server.Storage;

namespace Overlord.Server.Autoscale;

/// <summary>The accumulated HAProxy counters (<see cref="CounterState"/>) per frontend or backend, in the node's database.</summary>
internal sealed class HaproxyCounterStore(NodeDatabase database)
{
    public async Task<Dictionary<string, CounterState>> ReadAsync(string proxyType, string proxyName, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT metric, last_value, offset FROM haproxy_counters WHERE proxy_type = $type AND proxy_name = $name;";
        command.Parameters.AddWithValue("$type", proxyType);
        command.Parameters.AddWithValue("$name", proxyName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var states = new Dictionary<string, CounterState>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            states[reader.GetString(0)] = new CounterState(reader.GetDouble(1), reader.GetDouble(2));
        }

        return states;
    }

    public async Task WriteAsync(string proxyType, string proxyName, IReadOnlyDictionary<string, CounterState> states, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        foreach (var (metric, state) in states)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT OR REPLACE INTO haproxy_counters (proxy_type, proxy_name, metric, last_value, offset)
                VALUES ($type, $name, $metric, $last, $offset);
                """;
            command.Parameters.AddWithValue("$type", proxyType);
            command.Parameters.AddWithValue("$name", proxyName);
            command.Parameters.AddWithValue("$metric", metric);
            command.Parameters.AddWithValue("$last", state.LastValue);
            command.Parameters.AddWithValue("$offset", state.Offset);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
