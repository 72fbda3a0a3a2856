using System.Net.Http.Headers;
using System.Text.Json;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// get-info as the original client does it (reference 2.3, "Chain discovery"): depth-first and one request at a
/// time, <c>GET /v1/chains</c> then <c>/v1/chain/PATH/chains</c> for every child found, then the labels and the
/// projects of every path. Each request to a node below the root goes through every hop above it.
/// </summary>
public sealed class OriginalWalk(HttpClient http, string token)
{
    /// <summary>Walks the tree once; returns the number of nodes found and of requests sent.</summary>
    public async Task<(int Nodes, int Requests)> RunAsync(CancellationToken cancellationToken)
    {
        var paths = new List<string?> { null };
        var requests = await DiscoverAsync(null, paths, cancellationToken);
        foreach (var resource in new[] { "labels", "projects" })
        {
            foreach (var path in paths)
            {
                using var answer = await GetAsync(path is null ? $"v1/{resource}" : $"v1/chain/{path}/{resource}", cancellationToken);
                requests++;
            }
        }

        return (paths.Count, requests);
    }

    private async Task<int> DiscoverAsync(string? prefix, List<string?> paths, CancellationToken cancellationToken)
    {
        using var answer = await GetAsync(prefix is null ? "v1/chains" : $"v1/chain/{prefix}/chains", cancellationToken);
        var requests = 1;
        foreach (var chain in answer.RootElement.GetProperty("chains").EnumerateArray())
        {
            var path = prefix is null ? chain.GetString() : $"{prefix}.{chain.GetString()}";
            paths.Add(path);
            requests += await DiscoverAsync(path, paths, cancellationToken);
        }

        return requests;
    }

    private async Task<JsonDocument> GetAsync(string route, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, route);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }
}
