using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Core.Jails;

namespace Overlord.Client;

/// <summary>
/// One item of a jail for a tree answer, read from the original's <c>jail/{item}/{jail}</c> route and written as
/// our node's tree writes it: the route's own field (stats, info, cpuset or the item's entries) as JSON.
/// </summary>
internal static class OriginalJailItem
{
    /// <summary>What an item the node does not have (404) is in the tree: null, as our node writes it.</summary>
    public static JsonElement Missing { get; } = JsonSerializer.SerializeToElement<JsonNode?>(null, OverlordJson.Options.TypeInfo<JsonNode?>());

    public static async Task<ApiResult<JsonElement>> ReadAsync(OverlordClient node, string item, string jail, CancellationToken cancellationToken)
    {
        var route = $"jail/{Uri.EscapeDataString(item)}/{jail}";
        return item switch
        {
            "stats" => OriginalNodeData.Collected(node, await node.ReadWalkAsync<StatsResponse>(route, cancellationToken), stats => stats.Stats),
            "info" => OriginalNodeData.Collected(node, await node.ReadWalkAsync<JailInfoResponse>(route, cancellationToken), info => info.Info),
            "cpuset" => OriginalNodeData.Collected(node, await node.ReadWalkAsync<JailCpusetResponse>(route, cancellationToken), cpuset => cpuset.Cpuset),
            _ when Enum.TryParse<JailItem>(item, ignoreCase: true, out var known) && string.Equals(known.ToString(), item, StringComparison.OrdinalIgnoreCase) =>
                OriginalNodeData.Collected(node, await node.ReadWalkAsync<JailItemsResponse>(route, cancellationToken), entries => entries.EntriesOf(known)),

            // An item this client has no record for: the route's field passed through as the node wrote it.
            _ => OriginalNodeData.Collected(node, await node.ReadWalkAsync<JsonObject>(route, cancellationToken), body => body[item]),
        };
    }
}
