using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Overlord.Client.Http;
using Overlord.Core;
using Overlord.Core.Config;
using Overlord.Core.Results;

namespace Overlord.Server.Autoscale;

/// <summary>
/// <c>GET &lt;haproxy_stats.entrypoint&gt;/;json</c> with Basic auth, with the section's timeouts and
/// <c>cacert</c> (which the original ignored, reference 13.9): the metrics of one frontend or backend, counters
/// and maxima accumulated across HAProxy reloads in the node's database.
/// </summary>
internal sealed class HaproxyStatsSource(OverlordConfig config, HaproxyCounterStore counters) : IDisposable
{
    private readonly Lazy<HttpClient?> _http = new(() => config.HaproxyStats is { } stats ? Create(stats) : null);

    /// <summary>The metrics, or an error that says why there are none (not configured, unreachable, not JSON).</summary>
    public async Task<Result<IReadOnlyDictionary<string, HaproxyValue>>> ReadAsync(
        string objectType, string proxyName, CancellationToken cancellationToken)
    {
        if (config.HaproxyStats is not { } settings || _http.Value is not { } http)
        {
            return Result.Failure<IReadOnlyDictionary<string, HaproxyValue>>(ErrorCodes.Unavailable, "the HAProxy stats client is not configured (haproxy_stats in overlord.yml)");
        }

        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        call.CancelAfter(Limit(settings.Http));
        JsonDocument document;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, ";json");
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password.Reveal()}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
            using var response = await http.SendAsync(request, call.Token);
            if (!response.IsSuccessStatusCode)
            {
                return Result.Failure<IReadOnlyDictionary<string, HaproxyValue>>(ErrorCodes.Unavailable, $"HAProxy stats at {UrlCredentials.Redact(settings.Entrypoint)} answered {(int)response.StatusCode}");
            }

            document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(call.Token), default, call.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result.Failure<IReadOnlyDictionary<string, HaproxyValue>>(ErrorCodes.Timeout, $"HAProxy stats at {UrlCredentials.Redact(settings.Entrypoint)} did not answer in time");
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException)
        {
            return Result.Failure<IReadOnlyDictionary<string, HaproxyValue>>(ErrorCodes.Unavailable, $"HAProxy stats at {UrlCredentials.Redact(settings.Entrypoint)}: {UrlCredentials.Redact(exception.Message)}");
        }

        using (document)
        {
            var metrics = HaproxyStatsParser.Parse(document.RootElement, objectType, proxyName);
            return Result.Success<IReadOnlyDictionary<string, HaproxyValue>>(await AccumulateAsync(objectType, proxyName, metrics, cancellationToken));
        }
    }

    public void Dispose()
    {
        if (_http.IsValueCreated)
        {
            _http.Value?.Dispose();
        }
    }

    private async Task<Dictionary<string, HaproxyValue>> AccumulateAsync(
        string objectType, string proxyName, Dictionary<string, HaproxyMetric> metrics, CancellationToken cancellationToken)
    {
        var previous = await counters.ReadAsync(objectType, proxyName, cancellationToken);
        var next = new Dictionary<string, CounterState>(StringComparer.Ordinal);
        var values = new Dictionary<string, HaproxyValue>(StringComparer.Ordinal);
        foreach (var (name, metric) in metrics)
        {
            if (metric.Value.Number is { } number && CounterState.Accumulates(metric.Nature))
            {
                var state = CounterState.Next(previous.GetValueOrDefault(name), number);
                next[name] = state;
                values[name] = HaproxyValue.Of(state.Total);
            }
            else
            {
                values[name] = metric.Value;
            }
        }

        await counters.WriteAsync(objectType, proxyName, next, cancellationToken);
        return values;
    }

    private static HttpClient Create(HaproxyApiConfig stats)
    {
        var options = new ClientOptions
        {
            ConnectTimeout = stats.Http.ConnectTimeout ?? Timeout.InfiniteTimeSpan,
            MaxConnections = stats.Http.MaxConnections,
            KeepaliveExpiry = stats.Http.KeepaliveExpiry,
            CaCertFile = stats.Http.CaCert,
        };
        var entrypoint = stats.Entrypoint.EndsWith('/') ? stats.Entrypoint : stats.Entrypoint + "/";
        return HttpClientFactory.Create(options, new Uri(entrypoint));
    }

    /// <summary>The whole call's limit: <c>timeout</c> when set, else the longer of the read and write timeouts.</summary>
    private static TimeSpan Limit(HttpClientSettings http) =>
        http.Timeout ?? new[] { http.ReadTimeout, http.WriteTimeout }.Max() ?? Timeout.InfiniteTimeSpan;
}
