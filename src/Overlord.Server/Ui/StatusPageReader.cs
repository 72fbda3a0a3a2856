using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Overlord.Client.Contract;
using Overlord.Client.Tree;
using Overlord.Server.Api;
using Overlord.Server.Chains;
using Overlord.Server.Node;

namespace Overlord.Server.Ui;

/// <summary>
/// Reads what the status page shows through the node's own services, the same data as
/// <c>GET /v1/tree/projects</c> and <c>GET /v1/agent/status</c>, without calling itself over HTTP.
/// </summary>
internal sealed class StatusPageReader(
    NodeIdentity identity,
    LocalTreeData local,
    TreeCollector collector,
    ChainDirectory chains,
    ChainHealth health,
    SmartTimeouts timeouts,
    LiveConfig config,
    TimeProvider timeProvider,
    ILogger<StatusPageReader> logger,
    IAgentStatusSource? agent = null)
{
    public async Task<StatusPageData> ReadAsync(CancellationToken cancellationToken)
    {
        var budget = ForwardDeadline.ForChild(config.Current.TreeTimeout);
        var children = collector.CollectAsync(TreeResource.Projects, new TreeQuery(), budget, cancellationToken);
        var own = await OwnNodeAsync(cancellationToken);
        var nodes = new List<StatusPageNode> { own };
        nodes.AddRange((await children).Select(Describe));
        var agentStatus = agent is null ? null : await agent.ReadAsync(cancellationToken);
        return new StatusPageData(nodes, agentStatus, timeProvider.GetUtcNow());
    }

    private async Task<StatusPageNode> OwnNodeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var data = await local.ReadAsync(TreeResource.Projects, TreeFilter.TryCreate([])!, [], cancellationToken);
            var projects = data.Deserialize(OverlordJson.Options.TypeInfo<TreeProjectsData>())?.Projects ?? new Dictionary<string, ProjectInfo>();
            return new StatusPageNode(null, identity.Labels, true, null, null, projects);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Reading this node's projects for the status page failed");
            return new StatusPageNode(null, identity.Labels, true, exception.Message, null, new Dictionary<string, ProjectInfo>());
        }
    }

    private StatusPageNode Describe(TreeNode node)
    {
        IReadOnlyDictionary<string, ProjectInfo> projects = new Dictionary<string, ProjectInfo>();
        string? error = node.Error is { } failure ? $"{failure.StatusCode}: {failure.Message}" : null;
        if (node.Ok)
        {
            try
            {
                projects = node.ReadData<TreeProjectsData>()?.Projects ?? projects;
            }
            catch (JsonException exception)
            {
                error = $"its projects could not be read: {exception.Message}";
            }
        }

        return new StatusPageNode(node.Chain, node.Labels, node.Ok, error, SmartTimeoutOf(node), projects);
    }

    /// <summary>This node's own children: what its smart timeouts and heartbeat say; deeper nodes: a parent's refusal, if any.</summary>
    private string? SmartTimeoutOf(TreeNode node)
    {
        if (node.Chain is { } chain && !chain.Contains('.', StringComparison.Ordinal) && chains.TryGet(chain, out _))
        {
            if (timeouts.DisabledUntil(chain) is { } until)
            {
                return "disabled until " + until.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
            }

            return health.IsHealthy(chain) ? "enabled" : "disabled (no heartbeat)";
        }

        return node.Error?.Message == ChainErrors.DisabledMessage ? "disabled by its parent" : null;
    }
}
