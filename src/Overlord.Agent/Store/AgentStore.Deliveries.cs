namespace Overlord.Agent.Store;

public sealed partial class AgentStore
{
    /// <summary>How long a delivery id is remembered; the reference asks for at least 24 hours.</summary>
    public static readonly TimeSpan DeliveryRetention = TimeSpan.FromDays(7);

    /// <summary>
    /// Remembers a webhook delivery id. False when it was seen before (a redelivery reuses its id): the caller
    /// ignores the webhook as a replay. Ids older than <see cref="DeliveryRetention"/> are forgotten.
    /// </summary>
    public async Task<bool> TryRecordDeliveryAsync(string deliveryId, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using (var expire = Command(
            connection, transaction, "DELETE FROM webhook_deliveries WHERE received_at < $oldest;", ("$oldest", now - (long)DeliveryRetention.TotalMilliseconds)))
        {
            await expire.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = Command(
            connection,
            transaction,
            "INSERT INTO webhook_deliveries (delivery_id, received_at) VALUES ($id, $now) ON CONFLICT (delivery_id) DO NOTHING;",
            ("$id", deliveryId),
            ("$now", now));
        var inserted = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }
}
