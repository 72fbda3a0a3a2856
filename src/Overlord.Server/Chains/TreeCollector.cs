using System.Globalization;
using Microsoft.Extensions.Logging;
using Overlord.Client;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Client.Tree;
using Overlord.Server.Node;

namespace Overlord.Server.Chains;

/// <summary>
/// The children's half of <c>GET /v1/tree/{resource}</c> (design.md, "The chain tree"): every enabled child
/// is asked at once (at most <see cref="MaxParallelChildren"/> at a time), each within the budget its parent
/// gives it, and their flat lists come back with this hop's chain name in front of every path. A child that
/// is disabled, down, refusing or too slow is one failed node; it never fails the whole answer.
/// </summary>
public sealed class TreeCollector(ChainDirectory chains, ChainAvailability availability, NodeIdentity identity, ILogger<TreeCollector> logger)
{
    public const int MaxParallelChildren = 16;

    public async Task<IReadOnlyList<TreeNode>> CollectAsync(TreeResource resource, TreeQuery query, TimeSpan budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var childQuery = query with { Visited = VisitedServers.With(query.Visited, identity.ServerId), Deadline = budget };
        using var slots = new SemaphoreSlim(MaxParallelChildren);
        var answers = await Task.WhenAll(chains.All.Select(chain => AskAsync(chain, resource, childQuery, budget, slots, cancellationToken)));
        return answers.SelectMany(nodes => nodes).ToList();
    }

    private async Task<IReadOnlyList<TreeNode>> AskAsync(
        ChainClient chain, TreeResource resource, TreeQuery query, TimeSpan budget, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        if (availability.RefusesCall(chain.Name))
        {
            return [Failed(chain.Name, 503, ChainErrors.DisabledMessage)];
        }

        await slots.WaitAsync(cancellationToken);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(budget);
            ApiResult<TreeResponse> result;
            try
            {
                result = await chain.Client.GetTreeAsync(resource, query, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var message = $"no answer from chain '{chain.Name}' within the deadline of {budget.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
                availability.RecordFailure(chain.Name, message);
                return [Failed(chain.Name, 504, message)];
            }

            return Read(chain, result);
        }
        finally
        {
            slots.Release();
        }
    }

    private List<TreeNode> Read(ChainClient chain, ApiResult<TreeResponse> result)
    {
        if (result.IsSuccess)
        {
            availability.RecordSuccess(chain.Name);
            return result.Value.Nodes
                .Select(node => node with { Chain = node.Chain is null ? chain.Name : $"{chain.Name}.{node.Chain}" })
                .ToList();
        }

        var status = result.Failure switch
        {
            ApiFailure.HttpStatus => result.StatusCode,
            ApiFailure.Timeout => 504,
            ApiFailure.InvalidResponse => 502,
            _ => 503,
        };
        if (ChainAvailability.Counts(result.Failure == ApiFailure.HttpStatus ? status : 0))
        {
            availability.RecordFailure(chain.Name, result.Message ?? result.Failure.ToString());
        }

        logger.LogDebug("Tree request to chain {Chain} failed: {Message}", chain.Name, result.Message);
        return [Failed(chain.Name, status, result.Message ?? $"chain '{chain.Name}' failed")];
    }

    private static TreeNode Failed(string chain, int statusCode, string message) =>
        new() { Chain = chain, Ok = false, Error = new TreeNodeError { StatusCode = statusCode, Message = message } };
}
