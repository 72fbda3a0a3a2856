using System.Globalization;
using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Client.Tree;
using Overlord.Core.Names;

namespace Overlord.Client;

/// <summary>
/// The tree of a node without our tree route, walked as the original's client walks it (reference 2.3, "Chain
/// discovery"): the node's labels and data from its plain routes, then <c>chains</c>, then each child through
/// <c>/v1/chain/&lt;path&gt;/...</c>, hop by hop. Unlike the original, the children of a node are walked at once,
/// a failing node is one failed entry (its children are still walked when its chains answered), the depth is
/// bounded, and the walk ends within the caller's deadline with what it has.
/// </summary>
public sealed partial class OverlordClient
{
    /// <summary>Deeper than this is taken for a cycle: the original's routes carry no visited servers.</summary>
    public const int MaxWalkDepth = 32;

    private async Task<ApiResult<TreeResponse>> WalkOriginalAsync(TreeResource resource, TreeQuery query, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (query.Deadline is { } budget)
        {
            // Leave the caller a tenth to read and relay the answer, as a forwarding node does.
            deadline.CancelAfter(budget - (budget / 10));
        }

        var labels = await ReadOrTimeoutAsync<LabelsResponse>(this, "labels", deadline.Token, cancellationToken);
        if (!labels.IsSuccess)
        {
            return labels.AsFailure<TreeResponse>();
        }

        var nodes = await WalkNodeAsync(this, null, labels.Value, resource, query, 0, deadline.Token, cancellationToken);
        return Succeeded(200, new TreeResponse { StatusCode = 200, Nodes = nodes });
    }

    private static async Task<List<TreeNode>> WalkNodeAsync(
        OverlordClient node, string? path, LabelsResponse? knownLabels, TreeResource resource, TreeQuery query, int depth, CancellationToken deadline, CancellationToken caller)
    {
        if (depth > MaxWalkDepth)
        {
            return [Failed(path, 508, $"the tree is deeper than {MaxWalkDepth} levels below {node.Entrypoint}; a cycle of chains?")];
        }

        var labelsAnswer = knownLabels is null ? await ReadOrTimeoutAsync<LabelsResponse>(node, "labels", deadline, caller) : null;
        if (labelsAnswer is { IsSuccess: false })
        {
            return [Failed(path, labelsAnswer)];
        }

        var labelsBody = knownLabels ?? labelsAnswer!.Value!;
        var labels = labelsBody.Labels;
        var chains = await ReadOrTimeoutAsync<ChainsResponse>(node, "chains", deadline, caller);
        var data = await ReadDataOrTimeoutAsync(node, resource, query, labelsBody, chains, deadline, caller);
        var own = data.IsSuccess
            ? new TreeNode { Chain = path, Labels = labels, Ok = true, Data = data.Value }
            : Failed(path, data) with { Labels = labels };
        if (!chains.IsSuccess)
        {
            return [own];
        }

        var children = await Task.WhenAll(chains.Value.Chains
            .Where(NamePatterns.IsChainSegment)
            .Select(child => WalkNodeAsync(node.ForChain(child), path is null ? child : $"{path}.{child}", null, resource, query, depth + 1, deadline, caller)));
        return [own, .. children.SelectMany(nodes => nodes)];
    }

    private static async Task<ApiResult<JsonElement>> ReadDataOrTimeoutAsync(
        OverlordClient node, TreeResource resource, TreeQuery query, LabelsResponse labels, ApiResult<ChainsResponse> chains, CancellationToken deadline, CancellationToken caller)
    {
        try
        {
            return resource switch
            {
                // The route's own record without its status code, as our node's tree writes it.
                TreeResource.Labels => OriginalNodeData.Collected(node, node.Collected(labels), read => new LabelsResponse { Labels = read.Labels }),
                TreeResource.Chains => OriginalNodeData.Collected(node, chains, read => new ChainsResponse { Chains = read.Chains }),
                _ => await OriginalNodeData.ReadAsync(node, resource, query, deadline),
            };
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            return node.WalkTimedOut<JsonElement>();
        }
    }

    private static async Task<ApiResult<T>> ReadOrTimeoutAsync<T>(OverlordClient node, string route, CancellationToken deadline, CancellationToken caller)
        where T : class
    {
        try
        {
            return await node.ReadWalkAsync<T>(route, deadline);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            return node.WalkTimedOut<T>();
        }
    }

    /// <summary>A value the walk made from this node's answers, as a successful result of it.</summary>
    internal ApiResult<T> Collected<T>(T value) => Succeeded(200, value);

    private ApiResult<T> WalkTimedOut<T>() => Result<T>(ApiFailure.Timeout, 0, $"no answer from {Where} within the deadline of the tree read");

    private static TreeNode Failed<T>(string? path, ApiResult<T> failure) =>
        Failed(path, failure.Failure switch
        {
            ApiFailure.HttpStatus => failure.StatusCode,
            ApiFailure.Timeout => 504,
            ApiFailure.InvalidResponse => 502,
            _ => 503,
        }, failure.Message ?? string.Create(CultureInfo.InvariantCulture, $"the node failed ({failure.Failure})"));

    private static TreeNode Failed(string? path, int statusCode, string message) =>
        new() { Chain = path, Ok = false, Error = new TreeNodeError { StatusCode = statusCode, Message = message } };

}
