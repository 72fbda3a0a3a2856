using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Overlord.Bench.Measuring;

/// <summary>
/// The requests a node has answered, by method and route pattern, from its <c>/metrics</c>
/// (<c>overlord_http_requests_total</c>, summed over status codes).
/// </summary>
public sealed partial class RequestCounts
{
    private const string Family = "overlord_http_requests_total{";

    private readonly Dictionary<string, double> _byRoute;

    private RequestCounts(Dictionary<string, double> byRoute) => _byRoute = byRoute;

    /// <summary><c>GET /metrics</c> on the node at <paramref name="address"/>, with a token it accepts.</summary>
    public static async Task<RequestCounts> ReadAsync(HttpClient http, string address, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{address}/metrics"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in (await response.Content.ReadAsStringAsync(cancellationToken)).Split('\n'))
        {
            if (!line.StartsWith(Family, StringComparison.Ordinal))
            {
                continue;
            }

            var labels = Label().Matches(line[..line.LastIndexOf('}')]).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value, StringComparer.Ordinal);
            var key = $"{labels.GetValueOrDefault("method")} {labels.GetValueOrDefault("route")}";
            counts[key] = counts.GetValueOrDefault(key) + double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }

        return new RequestCounts(counts);
    }

    /// <summary>The requests answered since <paramref name="before"/>, by <c>METHOD route</c>, but for <c>/metrics</c> itself.</summary>
    public IReadOnlyDictionary<string, double> Since(RequestCounts before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return _byRoute
            .Select(pair => (pair.Key, Count: pair.Value - before._byRoute.GetValueOrDefault(pair.Key)))
            .Where(pair => pair.Count > 0 && !pair.Key.EndsWith(" /metrics", StringComparison.Ordinal))
            .ToDictionary(pair => pair.Key, pair => pair.Count, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(\w+)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Label();
}
