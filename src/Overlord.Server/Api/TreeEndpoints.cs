using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Overlord.Client.Contract;
using Overlord.Client.Tree;
using Overlord.Core.Config;
using Overlord.Server.Chains;
using Overlord.Server.Local;
using Overlord.Server.Node;

namespace Overlord.Server.Api;

/// <summary>
/// <c>GET /v1/tree/{resource}?filter=..&amp;items=..</c> (ours, design.md "The chain tree"): this node's
/// answer and, asked in parallel while it computes it, every node below, as one flat list.
/// </summary>
internal static class TreeEndpoints
{
    public static void Map(IEndpointRouteBuilder v1) => v1.MapGet("tree/{**resource}", TreeAsync);

    // The hot route of every hop: the generator binds it at build time, and each service is taken as it is
    // registered (no reflection, nothing allocated for the binding itself).
    private static async Task<ApiAnswer> TreeAsync(
        HttpRequest request,
        string? resource,
        [FromServices] OverlordConfig config,
        [FromServices] TreeCollector collector,
        [FromServices] NodeIdentity identity,
        [FromServices] LocalTreeData localData,
        [FromServices] ILogger<LocalTreeData> logger,
        CancellationToken cancellationToken)
    {
        if (!TreeResources.TryParse(resource ?? "", out var parsed) || parsed is not { } treeResource)
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        var query = request.Query;
        var filters = query["filter"].OfType<string>().ToList();
        var items = query["items"].OfType<string>().ToList();
        if (TreeFilter.TryCreate(filters) is not { } filter)
        {
            return ApiAnswer.Message(StatusCodes.Status400BadRequest, ApiMessages.UnexpectedValue("filter"));
        }

        if (items.Any(item => !JailReader.Items.Contains(item, StringComparer.Ordinal)))
        {
            return ApiAnswer.Message(StatusCodes.Status400BadRequest, ApiMessages.UnexpectedValue("items"));
        }

        var treeQuery = new TreeQuery { Filters = filters, Items = items, Visited = VisitedServers.Read(request) };
        // tree_timeout bounds the whole read, however long the caller would wait (the CLI waits 120 s): a hung
        // child must not hold it longer (issue 11.5).
        var budget = ForwardDeadline.ForChild(ForwardDeadline.Read(request, config.TreeTimeout));
        var children = collector.CollectAsync(treeResource, treeQuery, budget, cancellationToken);
        var own = await OwnNodeAsync(identity, localData, logger, treeResource, filter, items, cancellationToken);
        // Written straight from the contract record by the source-generated serializer: no JSON DOM of every
        // node below is built on each hop (issue 14.1).
        return ApiAnswer.Ok(new TreeResponse { Nodes = [own, .. await children] });
    }

    private static async Task<TreeNode> OwnNodeAsync(
        NodeIdentity identity, LocalTreeData localData, ILogger logger, TreeResource resource, TreeFilter filter, IReadOnlyList<string> items, CancellationToken cancellationToken)
    {
        var labels = identity.Labels;
        try
        {
            var data = await localData.ReadAsync(resource, filter, items, cancellationToken);
            return new TreeNode { Labels = labels, Ok = true, Data = data };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One node that cannot read its own data is one failed node, as a child that is down would be.
            logger.LogError(exception, "Reading {Resource} for a tree answer failed", resource);
            return new TreeNode
            {
                Labels = labels,
                Error = new TreeNodeError { StatusCode = StatusCodes.Status500InternalServerError, Message = exception.Message },
            };
        }
    }
}
