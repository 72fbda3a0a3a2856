using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Json;
using Overlord.Client.Tree;
using Overlord.Runtime;
using Overlord.Runtime.Inspection;
using Overlord.Server.Autoscale;
using Overlord.Server.Chains;
using Overlord.Server.Hosting;
using Overlord.Server.Jobs;
using Overlord.Server.Metadata;

namespace Overlord.Server.Api;

/// <summary>
/// This node's own part of a tree answer: for each <see cref="TreeResource"/>, what its single-node route
/// returns, extended as get-info shows it (every project with its info; every jail with its items; every
/// metadata key with its value; every namespace with its entries), narrowed by the request's filters.
/// </summary>
internal sealed class LocalTreeData(
    NodeIdentity identity,
    IRuntime runtime,
    ProjectInfoReader projects,
    JailReader jails,
    MetadataStore metadata,
    NamespaceStore namespaces,
    ChainDirectory chains,
    ChainAvailability availability,
    AutoscaleStatusStore autoscale,
    VmStatusStore vms,
    TimeProvider timeProvider)
{
    public async Task<JsonObject> ReadAsync(TreeResource resource, TreeFilter filter, IReadOnlyList<string> items, CancellationToken cancellationToken) =>
        resource switch
        {
            TreeResource.Labels => new JsonObject { ["labels"] = NodeEndpoints.Labels(identity) },
            TreeResource.Chains => new JsonObject { ["chains"] = NodeEndpoints.ListedChains(chains, availability) },
            TreeResource.Projects => new JsonObject { ["projects"] = await ProjectsAsync(filter, cancellationToken) },
            TreeResource.Jails => new JsonObject { ["jails"] = await JailsAsync(filter, items, cancellationToken) },
            TreeResource.Stats => new JsonObject { ["stats"] = await jails.TotalStatsAsync(cancellationToken) },
            TreeResource.Metadata => new JsonObject { ["metadata"] = await MetadataAsync(filter, cancellationToken) },
            TreeResource.Namespaces => new JsonObject { ["namespaces"] = await NamespacesAsync(filter, cancellationToken) },
            TreeResource.ProjectsLogs => new JsonObject { ["logs"] = LogFiles.ProjectLogs(runtime.ProjectLogsDirectory, Include(filter)) },
            TreeResource.JailsLogs => new JsonObject { ["logs"] = LogFiles.JailLogs(jails.LogsDirectory, Include(filter)) },
            TreeResource.Autoscale => new JsonObject { ["autoscale"] = await AutoscaleAsync(filter, cancellationToken) },
            TreeResource.Vm => new JsonObject { ["vm"] = await VmsAsync(filter, cancellationToken) },
            _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "unknown tree resource"),
        };

    /// <summary>Project filters are literal names, as get-info's; without any, every project of the node.</summary>
    private async Task<JsonObject> ProjectsAsync(TreeFilter filter, CancellationToken cancellationToken)
    {
        var names = filter.Values.Count > 0 ? filter.Values : await runtime.ListProjectsAsync(cancellationToken);
        var result = new JsonObject();
        foreach (var name in names.Distinct(StringComparer.Ordinal).Where(Client.NamePatterns.IsProject))
        {
            if (await projects.ReadAsync(name, cancellationToken) is { } info)
            {
                result[name] = JsonSerializer.SerializeToNode(info, OverlordJson.Options);
            }
        }

        return result;
    }

    /// <summary>The autoscaler's status of each project named by the filters (literal names, as get-info's); none without filters.</summary>
    private async Task<JsonObject> AutoscaleAsync(TreeFilter filter, CancellationToken cancellationToken)
    {
        var result = new JsonObject();
        foreach (var name in filter.Values.Distinct(StringComparer.Ordinal).Where(Client.NamePatterns.IsProject))
        {
            if (await autoscale.GetShownAsync(name, cancellationToken) is { } status)
            {
                result[name] = status;
            }
        }

        return result;
    }

    /// <summary>VM filters are literal names, as get-info's; without any, every VM with a status on the node.</summary>
    private async Task<JsonObject> VmsAsync(TreeFilter filter, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var result = new JsonObject();
        foreach (var (name, status) in await vms.ListAsync(cancellationToken))
        {
            if (filter.Values.Count == 0 || filter.Values.Contains(name, StringComparer.Ordinal))
            {
                result[name] = JsonSerializer.SerializeToNode(VmEndpoints.Describe(status, now), OverlordJson.Options);
            }
        }

        return result;
    }

    private async Task<JsonObject> JailsAsync(TreeFilter filter, IReadOnlyList<string> items, CancellationToken cancellationToken)
    {
        var wanted = items.Count > 0 ? items : JailReader.Items;
        var result = new JsonObject();
        foreach (var jail in (await jails.ListAsync(cancellationToken)).Where(filter.Matches))
        {
            var entry = new JsonObject();
            foreach (var item in wanted.Distinct(StringComparer.Ordinal))
            {
                entry[item] = item switch
                {
                    "stats" => await jails.StatsAsync(jail, cancellationToken),
                    "info" => await jails.InfoAsync(jail, cancellationToken),
                    "cpuset" => (await jails.CpusetAsync(jail, cancellationToken)).Cpuset,
                    _ => await jails.ItemAsync(jail, Enum.Parse<JailItemKind>(item, ignoreCase: true), cancellationToken),
                };
            }

            result[jail] = entry;
        }

        return result;
    }

    private async Task<JsonObject> MetadataAsync(TreeFilter filter, CancellationToken cancellationToken)
    {
        var result = new JsonObject();
        foreach (var key in metadata.List().Where(filter.Matches))
        {
            if (await metadata.GetAsync(key, cancellationToken) is { } value)
            {
                result[key] = value;
            }
        }

        return result;
    }

    private async Task<JsonObject> NamespacesAsync(TreeFilter filter, CancellationToken cancellationToken)
    {
        var result = new JsonObject();
        foreach (var name in namespaces.List().Where(filter.Matches))
        {
            if (await namespaces.GetAsync(name, cancellationToken) is { } entries)
            {
                result[name] = NamespaceEndpoints.Entries(entries);
            }
        }

        return result;
    }

    private static Func<string, bool>? Include(TreeFilter filter) => filter.Values.Count == 0 ? null : filter.Matches;
}
