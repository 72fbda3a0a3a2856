using System.Diagnostics.Metrics;
using Overlord.Server.Jobs;
using Overlord.Server.Storage;

namespace Overlord.Server.Metrics;

/// <summary>
/// The node's instruments (System.Diagnostics.Metrics), one meter per node so that nodes sharing a process
/// (tests) keep their numbers apart: requests and their latency, jobs by state, chain failures.
/// </summary>
public sealed class NodeMetrics : IDisposable
{
    public const string MeterName = "Overlord.Server";
    public const string Requests = "overlord_http_requests_total";
    public const string RequestDuration = "overlord_http_request_duration_seconds";
    public const string Jobs = "overlord_jobs";
    public const string ChainFailures = "overlord_chain_failures_total";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _chainFailures;

    public NodeMetrics(NodeDatabase database)
    {
        Meter = new Meter(MeterName);
        _requests = Meter.CreateCounter<long>(Requests, description: "HTTP requests answered, by method, route and status");
        _duration = Meter.CreateHistogram<double>(RequestDuration, "s", "Time to answer HTTP requests, by method and route");
        _chainFailures = Meter.CreateCounter<long>(ChainFailures, description: "Failures of calls to child chains, as the smart timeouts count them");
        Meter.CreateObservableGauge(Jobs, () => JobCounts.Read(database), description: "Jobs in the queue, by state");
    }

    public Meter Meter { get; }

    public void RequestAnswered(string method, string route, int statusCode, TimeSpan elapsed)
    {
        var methodTag = new KeyValuePair<string, object?>("method", method);
        var routeTag = new KeyValuePair<string, object?>("route", route);
        _requests.Add(1, methodTag, routeTag, new KeyValuePair<string, object?>("status", statusCode));
        _duration.Record(elapsed.TotalSeconds, methodTag, routeTag);
    }

    public void ChainFailed(string chain) => _chainFailures.Add(1, new KeyValuePair<string, object?>("chain", chain));

    public void Dispose() => Meter.Dispose();

    private static class JobCounts
    {
        public static List<Measurement<long>> Read(NodeDatabase database)
        {
            var counts = Enum.GetValues<JobState>().ToDictionary(JobColumnNames.Of, _ => 0L);
            using var connection = database.Connect();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT state, COUNT(*) FROM jobs GROUP BY state;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                counts[reader.GetString(0)] = reader.GetInt64(1);
            }

            return counts.Select(pair => new Measurement<long>(pair.Value, new KeyValuePair<string, object?>("state", pair.Key))).ToList();
        }
    }
}
