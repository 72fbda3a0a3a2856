using System.Diagnostics;
using System.Net.Http.Headers;

namespace Overlord.Bench.Scenarios;

/// <summary>The fallback when wrk is missing: 64 loops over kept-alive connections, each sending the next request once the last answered.</summary>
public sealed class BuiltInLoad : ILoadGenerator
{
    public const int Connections = 64;

    public string Name => $"built-in generator, {Connections} connections";

    public async Task<double> RequestsPerSecondAsync(Uri url, string? bearerToken, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Connections, UseProxy = false };
        using var http = new HttpClient(handler);
        if (bearerToken is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counts = await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => LoopAsync(http, url, end, cancellationToken)));
        return counts.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<long> LoopAsync(HttpClient http, Uri url, long end, CancellationToken cancellationToken)
    {
        var answered = 0L;
        while (Stopwatch.GetTimestamp() < end)
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            answered++;
        }

        return answered;
    }
}
