using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Client.Tree;
using Overlord.Core.Specs;

namespace Overlord.Client.Deployment;

/// <summary>
/// Deploys a spec to the nodes it selects (reference 6.2 and 7): finds them with one tree request per
/// <c>deployIn</c> entry point, sends each its requests (several nodes at once, results in target order),
/// and follows the queued jobs. It prints nothing: progress goes to an <see cref="IProgress{T}"/> and the
/// results come back as records, so the CLI and the GitOps agent share it.
/// </summary>
public sealed partial class SpecDeployer
{
    private readonly Func<string, OverlordClient> _clientFor;
    private readonly SpecDeployerOptions _options;

    /// <param name="clientForDatacenter">The client of a datacenter's entry node, by datacenter name.</param>
    /// <param name="options">Concurrency and waiting; the defaults when null.</param>
    public SpecDeployer(Func<string, OverlordClient> clientForDatacenter, SpecDeployerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clientForDatacenter);
        _clientFor = clientForDatacenter;
        _options = options ?? new SpecDeployerOptions();
    }

    /// <summary>The nodes the spec selects: the start node of each entry point and every node below it, by labels.</summary>
    public Task<NodeSelection> ResolveTargetsAsync(Spec spec, CancellationToken cancellationToken = default) =>
        CollectAsync(spec, TreeResource.Labels, null, allLabels: false, cancellationToken);

    /// <summary>
    /// Asks each entry point's start node for <paramref name="resource"/> of its whole subtree (one request per
    /// entry point, all at once) and keeps the nodes the spec selects, or every node with <paramref name="allLabels"/>.
    /// </summary>
    public async Task<NodeSelection> CollectAsync(
        Spec spec, TreeResource resource, TreeQuery? query = null, bool allLabels = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var entrypoints = spec.DeployIn.Entrypoints.Select(DeployEntrypoint.Parse).ToList();
        var answers = await Task.WhenAll(entrypoints.Select(entry => AskTreeAsync(entry, resource, query, cancellationToken)));

        var nodes = new List<CollectedNode>();
        var failures = new List<NodeFailure>();
        for (var i = 0; i < entrypoints.Count; i++)
        {
            var entry = entrypoints[i];
            var answer = answers[i];
            if (!answer.IsSuccess)
            {
                var transport = answer.Failure is ApiFailure.Network or ApiFailure.Timeout;
                failures.Add(new NodeFailure(entry.Datacenter, entry.ChainPath, answer.Describe(), transport) { StatusCode = answer.StatusCode, Failure = answer.Failure, AtEntrypoint = true });
                continue;
            }

            foreach (var node in answer.Value.Nodes)
            {
                var chain = JoinChain(entry.ChainPath, node.Chain);
                if (!node.Ok)
                {
                    failures.Add(NodeFailure.Below(entry.Datacenter, chain, node.Error?.StatusCode ?? 503, node.Error?.Message ?? "the node gave no answer"));
                }
                else if (allLabels || TargetSelector.Matches(spec.DeployIn, node.Labels))
                {
                    nodes.Add(new CollectedNode(new DeployTarget(entry.Datacenter, chain, node.Labels), node));
                }
            }
        }

        return new NodeSelection { Nodes = nodes, Failures = failures, UnreachableDatacenters = Unreachable(entrypoints, answers) };
    }

    /// <summary>One entry point's tree; a labels tree from <see cref="SpecDeployerOptions.LabelTrees"/> when it keeps them.</summary>
    private Task<ApiResult<TreeResponse>> AskTreeAsync(DeployEntrypoint entry, TreeResource resource, TreeQuery? query, CancellationToken cancellationToken)
    {
        Task<ApiResult<TreeResponse>> Ask() => ClientFor(entry.Datacenter, entry.ChainPath).GetTreeAsync(resource, query, cancellationToken);
        return resource == TreeResource.Labels && query is null && _options.LabelTrees is { } kept ? kept.GetAsync(entry.Datacenter, entry.ChainPath, Ask) : Ask();
    }

    /// <summary>The client of the node a target names.</summary>
    public OverlordClient ClientFor(DeployTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ClientFor(target.Datacenter, target.Chain);
    }

    private OverlordClient ClientFor(string datacenter, string? chain)
    {
        var client = _clientFor(datacenter);
        return chain is null ? client : client.ForChain(chain);
    }

    /// <summary>A path below an entry point's start node, made relative to the datacenter's entry node.</summary>
    private static string? JoinChain(string? start, string? below) =>
        start is null ? below : below is null ? start : $"{start}.{below}";

    /// <summary>Datacenters whose every request failed without an answer from the entry node, or with one that is not an Overlord node's.</summary>
    private static List<string> Unreachable(List<DeployEntrypoint> entrypoints, ApiResult<TreeResponse>[] answers)
    {
        // A set of names, not a GroupBy over (name, reached) tuples: get-info's start JIT-compiled some twenty generic
        // methods over those tuples that no ReadyToRun image holds (issue 14.4).
        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entrypoints.Count; i++)
        {
            if (answers[i].IsSuccess || answers[i].Failure is not (ApiFailure.Network or ApiFailure.Timeout or ApiFailure.InvalidResponse))
            {
                reached.Add(entrypoints[i].Datacenter);
            }
        }

        var unreachable = new List<string>();
        foreach (var entry in entrypoints)
        {
            if (!reached.Contains(entry.Datacenter) && !unreachable.Contains(entry.Datacenter))
            {
                unreachable.Add(entry.Datacenter);
            }
        }

        return unreachable;
    }
}
