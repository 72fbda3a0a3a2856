using System.Text;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Client.Tree;

namespace Overlord.Client;

/// <summary>Our fan-out route: one request collects a resource from every node of the tree below.</summary>
public sealed partial class OverlordClient
{
    /// <summary>
    /// <c>GET /v1/tree/{resource}?filter=..&amp;items=..</c>: the answering node and all nodes below it, each
    /// with its data or its error. Sends <c>X-Overlord-Deadline</c> (and <c>X-Overlord-Visited</c> when given).
    /// A node that answers the original's 404 (it has no tree route) is walked the original's way instead, it
    /// and every node below it, into the same answer (<see cref="WalkOriginalAsync"/>); it is remembered in
    /// <see cref="TreeRouteMemory.Shared"/> for a while, so the next read walks it at once.
    /// </summary>
    public async Task<ApiResult<TreeResponse>> GetTreeAsync(TreeResource resource, TreeQuery? filters = null, CancellationToken cancellationToken = default)
    {
        var query = filters ?? new TreeQuery();
        var memory = TreeRouteMemory.Shared;
        if (memory.LacksTreeRoute(TreeMemoryKey, _options.TimeProvider.GetUtcNow()))
        {
            return await WalkOriginalAsync(resource, query, cancellationToken);
        }

        var answer = await ReadTreeRouteAsync(resource, query, cancellationToken);
        if (!IsMissingTreeRoute(answer))
        {
            return answer;
        }

        memory.RememberLacking(TreeMemoryKey, _options.TimeProvider.GetUtcNow());
        return await WalkOriginalAsync(resource, query, cancellationToken);
    }

    /// <summary>This node in <see cref="TreeRouteMemory"/>: its entrypoint and the chain path to it.</summary>
    private string TreeMemoryKey => $"{Entrypoint}|{Chain}";

    private Task<ApiResult<TreeResponse>> ReadTreeRouteAsync(TreeResource resource, TreeQuery query, CancellationToken cancellationToken)
    {
        var route = new StringBuilder("tree/").Append(resource.ToPath());
        var separator = '?';
        foreach (var (name, value) in query.Filters.Select(f => ("filter", f)).Concat(query.Items.Select(i => ("items", i))))
        {
            route.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        var call = new ApiCall(HttpMethod.Get, route.ToString()) { Visited = query.Visited, Deadline = query.Deadline, RequiresStatusCode = true, RetriesTimeouts = false };
        return ReadJsonAsync<TreeResponse, TreeResponse>(call, response => response, cancellationToken);
    }

    /// <summary>
    /// The original's 404 for a path it has no route for, from the node itself or passed up in a chain
    /// envelope by the hop above it. Any other 404 (<c>Next entrypoint 'x' cannot be found.</c>) is a real failure.
    /// </summary>
    private static bool IsMissingTreeRoute(ApiResult<TreeResponse> answer) =>
        answer is { Failure: ApiFailure.HttpStatus, StatusCode: 404, Message: OriginalMessages.ResourceNotFound };

    /// <summary>A plain route's body, for the original's walk; a read timeout is not tried again.</summary>
    internal Task<ApiResult<T>> ReadWalkAsync<T>(string route, CancellationToken cancellationToken)
        where T : class =>
        ReadJsonAsync<T, T>(new ApiCall(HttpMethod.Get, route) { RetriesTimeouts = false }, body => body, cancellationToken);
}
