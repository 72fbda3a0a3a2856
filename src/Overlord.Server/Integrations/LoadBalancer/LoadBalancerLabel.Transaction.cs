using System.Text.Json;
using Overlord.Client.Contract;

namespace Overlord.Server.Integrations.LoadBalancer;

public sealed partial class LoadBalancerLabel
{
    /// <summary>In one transaction: replace (server exists) or add the server, or delete it; then commit, or roll back on any error.</summary>
    private async Task<IntegrationOutcome> ChangeAsync(
        LabelContext context, LoadBalancerSettings settings, string server, string? address, bool exists, long version, CancellationToken cancellationToken)
    {
        var started = await client!.StartTransactionAsync(version, cancellationToken);
        if (!started.Is(201) || TransactionId(started.Body) is not { } transaction)
        {
            return IntegrationOutcome.Failed($"{context.Describe(("backend", settings.Backend), ("server", server))} can't get a transaction ID: {started.Describe()}");
        }

        var (change, verb, done) = context.Action == LabelAction.Destroy
            ? (await client.DeleteServerAsync(settings.Backend, server, transaction, cancellationToken), "removing", "removed")
            : exists
                ? (await client.ReplaceServerAsync(settings.Backend, server, transaction, settings.Body(server, address!), cancellationToken), "updating", "updated")
                : (await client.AddServerAsync(settings.Backend, transaction, settings.Body(server, address!), cancellationToken), "adding", "added");
        var accepted = context.Action == LabelAction.Destroy ? change.Is(202, 204) : exists ? change.Is(200, 202) : change.Is(201, 202);
        if (!accepted)
        {
            return await RolledBackAsync(context, settings, server, transaction, commit: 0, $"error {verb} the server: {change.Describe()}", cancellationToken);
        }

        var commit = await client.CommitAsync(transaction, cancellationToken);
        if (!commit.Is(200, 202))
        {
            return await RolledBackAsync(context, settings, server, transaction, commit: 1, $"error {verb} the server: {commit.Describe()}", cancellationToken);
        }

        var target = address is null ? [] : new (string, object?)[] { ("address", address), ("port", settings.Port) };
        return IntegrationOutcome.Done(
            $"{context.Describe([("backend", settings.Backend), ("server", server), .. target, ("code", commit.Status), ("transaction_id", transaction), ("commit", 1)])} server has been {done}.");
    }

    private async Task<IntegrationOutcome> RolledBackAsync(
        LabelContext context, LoadBalancerSettings settings, string server, string transaction, int commit, string error, CancellationToken cancellationToken)
    {
        var rollback = await client!.RollbackAsync(transaction, cancellationToken);
        var after = rollback.Is(200, 202, 204) ? "the transaction was rolled back" : $"rolling the transaction back failed: {rollback.Describe()}";
        return IntegrationOutcome.Failed(
            $"{context.Describe(("backend", settings.Backend), ("server", server), ("transaction_id", transaction), ("commit", commit))} {error}; {after}.");
    }

    private static string? TransactionId(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, OverlordJson.Options.TypeInfo<DataPlaneTransaction>())?.Id is { Length: > 0 } id ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
