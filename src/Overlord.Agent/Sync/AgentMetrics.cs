using System.Diagnostics.Metrics;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;

namespace Overlord.Agent.Sync;

/// <summary>
/// The agent's figures for the node's <c>/metrics</c> (issue 13.4), on a meter of its own that the node's collector
/// also listens to: syncs by result, the time the last one ended, spec-node pairs by status as the last reconcile left
/// them, and webhook deliveries by provider and reason. Dry runs change nothing and are not counted.
/// </summary>
public sealed class AgentMetrics : IDisposable
{
    public const string MeterName = "Overlord.Agent";
    public const string Syncs = "overlord_agent_syncs_total";
    public const string LastSync = "overlord_agent_last_sync_timestamp_seconds";
    public const string Specs = "overlord_agent_specs";
    public const string WebhookDeliveries = "overlord_agent_webhook_deliveries_total";

    private readonly Counter<long> _syncs;
    private readonly Counter<long> _deliveries;
    private volatile StrongBox<DateTimeOffset>? _lastSync;
    private volatile IReadOnlyList<PairStatus>? _statuses;

    public AgentMetrics()
    {
        Meter = new Meter(MeterName);
        _syncs = Meter.CreateCounter<long>(Syncs, description: "Syncs that ended, by result (up_to_date, succeeded, failed, blocked, errored)");
        _deliveries = Meter.CreateCounter<long>(WebhookDeliveries, description: "Webhook deliveries answered, by provider and reason");
        Meter.CreateObservableGauge(LastSync, LastSyncMeasurements, "s", "When the last sync ended (Unix time)");
        Meter.CreateObservableGauge(Specs, SpecMeasurements, description: "Spec-node pairs by status, as the last reconcile left them");
    }

    public Meter Meter { get; }

    public void SyncEnded(SyncRequest request, SyncOutcome outcome, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outcome);
        if (request.Options.DryRun)
        {
            return;
        }

        _syncs.Add(1, new KeyValuePair<string, object?>("result", ResultText(outcome.State)));
        _lastSync = new StrongBox<DateTimeOffset>(outcome.EndedAt ?? now);
    }

    public void StatusesWritten(IReadOnlyList<PairStatus> statuses) => _statuses = statuses;

    public void WebhookAnswered(string provider, string reason) =>
        _deliveries.Add(1, new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("reason", reason));

    public void Dispose() => Meter.Dispose();

    private static string ResultText(SyncState state) => state == SyncState.UpToDate ? "up_to_date" : state.ToString().ToLowerInvariant();

    private IEnumerable<Measurement<double>> LastSyncMeasurements() =>
        _lastSync is { } last ? [new Measurement<double>(last.Value.ToUnixTimeMilliseconds() / 1000.0)] : [];

    private IEnumerable<Measurement<long>> SpecMeasurements()
    {
        if (_statuses is not { } statuses)
        {
            return [];
        }

        return Enum.GetValues<ConvergenceStatus>()
            .Select(status => new Measurement<long>(statuses.Count(pair => pair.Status == status), new KeyValuePair<string, object?>("status", status.ToText())))
            .ToList();
    }

    /// <summary>A value a volatile field can hold.</summary>
    private sealed record StrongBox<T>(T Value);
}
