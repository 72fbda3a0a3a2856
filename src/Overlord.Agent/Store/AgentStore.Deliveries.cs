namespace Overlord.Agent.Store;

public sealed partial class AgentStore
{
    /// <summary>How long a delivery id and a body hash are remembered; the reference asks for at least 24 hours.</summary>
    public static readonly TimeSpan DeliveryRetention = TimeSpan.FromDays(7);

    /// <summary>
    /// Remembers a webhook delivery. False when its id, or its provider and body hash, were seen before: the caller
    /// ignores the webhook as a replay. A captured delivery sent again with a new id has the same body (a real push
    /// never does: its commits and times differ). What is older than <see cref="DeliveryRetention"/> is forgotten.
    /// </summary>
    public async Task<bool> TryRecordDeliveryAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var connection = await ConnectAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using (var expire = Command(
            connection,
            transaction,
            "DELETE FROM webhook_deliveries WHERE received_at < $oldest; DELETE FROM webhook_bodies WHERE received_at < $oldest;",
            ("$oldest", now - (long)DeliveryRetention.TotalMilliseconds)))
        {
            await expire.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var seen = Command(
            connection,
            transaction,
            "SELECT EXISTS (SELECT 1 FROM webhook_deliveries WHERE delivery_id = $id) OR EXISTS (SELECT 1 FROM webhook_bodies WHERE provider = $provider AND body_hash = $hash);",
            ("$id", delivery.DeliveryId),
            ("$provider", delivery.Provider),
            ("$hash", delivery.BodyHash)))
        {
            if (await seen.ExecuteScalarAsync(cancellationToken) is 1L)
            {
                return false;
            }
        }

        await using var insert = Command(
            connection,
            transaction,
            """
            INSERT INTO webhook_bodies (provider, body_hash, received_at) VALUES ($provider, $hash, $now);
            INSERT INTO webhook_deliveries (delivery_id, received_at) SELECT $id, $now WHERE $id IS NOT NULL;
            """,
            ("$id", delivery.DeliveryId),
            ("$provider", delivery.Provider),
            ("$hash", delivery.BodyHash),
            ("$now", now));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
