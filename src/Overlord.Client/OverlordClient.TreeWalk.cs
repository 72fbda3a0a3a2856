using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
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

        var labels = await ReadOrTimeoutAsync(this, "labels", deadline.Token, cancellationToken);
        if (!labels.IsSuccess)
        {
            return labels.AsFailure<TreeResponse>();
        }

        var nodes = await WalkNodeAsync(this, null, labels.Value, resource, query, 0, deadline.Token, cancellationToken);
        return Succeeded(200, new TreeResponse { StatusCode = 200, Nodes = nodes });
    }

    private static async Task<List<TreeNode>> WalkNodeAsync(
        OverlordClient node, string? path, JsonObject? knownLabels, TreeResource resource, TreeQuery query, int depth, CancellationToken deadline, CancellationToken caller)
    {
        if (depth > MaxWalkDepth)
        {
            return [Failed(path, 508, $"the tree is deeper than {MaxWalkDepth} levels below {node.Entrypoint}; a cycle of chains?")];
        }

        var labelsAnswer = knownLabels is null ? await ReadOrTimeoutAsync(node, "labels", deadline, caller) : null;
        if (labelsAnswer is { IsSuccess: false })
        {
            return [Failed(path, labelsAnswer)];
        }

        var labelsBody = knownLabels ?? labelsAnswer!.Value!;
        var labels = Strings(labelsBody["labels"]);
        var chains = await ReadOrTimeoutAsync(node, "chains", deadline, caller);
        var data = await ReadDataOrTimeoutAsync(node, resource, query, labelsBody, chains, deadline, caller);
        var own = data.IsSuccess
            ? new TreeNode { Chain = path, Labels = labels, Ok = true, Data = JsonSerializer.SerializeToElement(data.Value) }
            : Failed(path, data) with { Labels = labels };
        if (!chains.IsSuccess)
        {
            return [own];
        }

        var children = await Task.WhenAll(Strings(chains.Value["chains"])
            .Where(NamePatterns.IsChainSegment)
            .Select(child => WalkNodeAsync(node.ForChain(child), path is null ? child : $"{path}.{child}", null, resource, query, depth + 1, deadline, caller)));
        return [own, .. children.SelectMany(nodes => nodes)];
    }

    private static async Task<ApiResult<JsonObject>> ReadDataOrTimeoutAsync(
        OverlordClient node, TreeResource resource, TreeQuery query, JsonObject labels, ApiResult<JsonObject> chains, CancellationToken deadline, CancellationToken caller)
    {
        try
        {
            return resource switch
            {
                TreeResource.Labels => node.Collected(new JsonObject { ["labels"] = labels["labels"]?.DeepClone() }),
                TreeResource.Chains when chains.IsSuccess => node.Collected(new JsonObject { ["chains"] = chains.Value["chains"]?.DeepClone() }),
                TreeResource.Chains => chains,
                _ => await OriginalNodeData.ReadAsync(node, resource, query, deadline),
            };
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            return node.WalkTimedOut<JsonObject>();
        }
    }

    private static async Task<ApiResult<JsonObject>> ReadOrTimeoutAsync(OverlordClient node, string route, CancellationToken deadline, CancellationToken caller)
    {
        try
        {
            return await node.ReadObjectAsync(route, deadline);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            return node.WalkTimedOut<JsonObject>();
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

    private static List<string> Strings(JsonNode? array) =>
        array is JsonArray items ? [.. items.Select(item => item is JsonValue value && value.TryGetValue<string>(out var text) ? text : null).OfType<string>()] : [];
}
