using System.Text;
using Overlord.Client.Http;
using Overlord.Client.Tree;

namespace Overlord.Client;

/// <summary>Our fan-out route: one request collects a resource from every node of the tree below.</summary>
public sealed partial class OverlordClient
{
    /// <summary>
    /// <c>GET /v1/tree/{resource}?filter=..&amp;items=..</c>: the answering node and all nodes below it, each
    /// with its data or its error. Sends <c>X-Overlord-Deadline</c> (and <c>X-Overlord-Visited</c> when given).
    /// </summary>
    public Task<ApiResult<TreeResponse>> GetTreeAsync(TreeResource resource, TreeQuery? filters = null, CancellationToken cancellationToken = default)
    {
        var query = filters ?? new TreeQuery();
        var route = new StringBuilder("tree/").Append(resource.ToPath());
        var separator = '?';
        foreach (var (name, value) in query.Filters.Select(f => ("filter", f)).Concat(query.Items.Select(i => ("items", i))))
        {
            route.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        var call = new ApiCall(HttpMethod.Get, route.ToString()) { Visited = query.Visited, Deadline = query.Deadline, RequiresStatusCode = true };
        return ReadJsonAsync<TreeResponse, TreeResponse>(call, response => response, cancellationToken);
    }
}
