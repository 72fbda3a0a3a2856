using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Client.Tree;
using Overlord.Core.Jails;
using Overlord.Core.Names;
using Overlord.Runtime;
using Overlord.Server.Autoscale;
using Overlord.Server.Chains;
using Overlord.Server.Jobs;
using Overlord.Server.Local;
using Overlord.Server.Metadata;
using Overlord.Server.Node;

namespace Overlord.Server.Api;

/// <summary>
/// This node's own part of a tree answer: for each <see cref="TreeResource"/>, what its single-node route
/// returns, extended as get-info shows it (every project with its info; every jail with its items; every
/// metadata key with its value; every namespace with its entries), narrowed by the request's filters. A route's
/// own record goes in as it is, without a status code.
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
    public async Task<JsonElement> ReadAsync(TreeResource resource, TreeFilter filter, IReadOnlyList<string> items, CancellationToken cancellationToken) =>
        resource switch
        {
            TreeResource.Labels => Element(NodeEndpoints.Labels(identity)),
            TreeResource.Chains => Element(NodeEndpoints.ListedChains(chains, availability)),
            TreeResource.Projects => Element(new TreeProjectsData { Projects = await ProjectsAsync(filter, cancellationToken) }),
            TreeResource.Jails => Element(new TreeJailsData { Jails = await JailsAsync(filter, items, cancellationToken) }),
            TreeResource.Stats => Element(new StatsResponse { Stats = await jails.TotalStatsAsync(cancellationToken) }),
            TreeResource.Metadata => Element(new TreeMetadataData { Metadata = await MetadataAsync(filter, cancellationToken) }),
            TreeResource.Namespaces => Element(new TreeNamespacesData { Namespaces = await NamespacesAsync(filter, cancellationToken) }),
            TreeResource.ProjectsLogs => Element(new ProjectsLogsResponse { Logs = LogFiles.ProjectLogs(runtime.ProjectLogsDirectory, Include(filter)) }),
            TreeResource.JailsLogs => Element(new JailsLogsResponse { Logs = LogFiles.JailLogs(jails.LogsDirectory, Include(filter)) }),
            TreeResource.Autoscale => Element(new TreeAutoscaleData { Autoscale = await AutoscaleAsync(filter, cancellationToken) }),
            TreeResource.Vm => Element(new TreeVmData { Vm = await VmsAsync(filter, cancellationToken) }),
            _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "unknown tree resource"),
        };

    /// <summary>Project filters are literal names, as get-info's; without any, every project of the node.</summary>
    private async Task<Dictionary<string, ProjectInfo>> ProjectsAsync(TreeFilter filter, CancellationToken cancellationToken)
    {
        var names = filter.Values.Count > 0 ? filter.Values : await runtime.ListProjectsAsync(cancellationToken);
        var result = new Dictionary<string, ProjectInfo>(StringComparer.Ordinal);
        foreach (var name in names.Distinct(StringComparer.Ordinal).Where(NamePatterns.IsProject))
        {
            if (await projects.ReadAsync(name, cancellationToken) is { } info)
            {
                result[name] = info;
            }
        }

        return result;
    }

    /// <summary>The autoscaler's status of each project named by the filters (literal names, as get-info's); none without filters.</summary>
    private async Task<Dictionary<string, AutoscaleStatus>> AutoscaleAsync(TreeFilter filter, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, AutoscaleStatus>(StringComparer.Ordinal);
        foreach (var name in filter.Values.Distinct(StringComparer.Ordinal).Where(NamePatterns.IsProject))
        {
            if (await autoscale.GetShownAsync(name, cancellationToken) is { } status)
            {
                result[name] = status;
            }
        }

        return result;
    }

    /// <summary>VM filters are literal names, as get-info's; without any, every VM with a status on the node.</summary>
    private async Task<Dictionary<string, VmStatus>> VmsAsync(TreeFilter filter, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var result = new Dictionary<string, VmStatus>(StringComparer.Ordinal);
        foreach (var (name, status) in await vms.ListAsync(cancellationToken))
        {
            if (filter.Values.Count == 0 || filter.Values.Contains(name, StringComparer.Ordinal))
            {
                result[name] = VmEndpoints.Describe(status, now);
            }
        }

        return result;
    }

    /// <summary>Each jail's items in the order asked, each as its own route writes it (a cpuset may be null).</summary>
    private async Task<Dictionary<string, IReadOnlyDictionary<string, JsonElement>>> JailsAsync(TreeFilter filter, IReadOnlyList<string> items, CancellationToken cancellationToken)
    {
        var wanted = items.Count > 0 ? items : JailReader.Items;
        var result = new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (var jail in (await jails.ListAsync(cancellationToken)).Where(filter.Matches))
        {
            var entry = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var item in wanted.Distinct(StringComparer.Ordinal))
            {
                entry[item] = item switch
                {
                    "stats" => Element(await jails.StatsAsync(jail, cancellationToken)),
                    "info" => Element(await jails.InfoAsync(jail, cancellationToken)),
                    "cpuset" => Element((await jails.CpusetAsync(jail, cancellationToken)).Cpuset),
                    _ => Element(await jails.ItemAsync(jail, Enum.Parse<JailItem>(item, ignoreCase: true), cancellationToken)),
                };
            }

            result[jail] = entry;
        }

        return result;
    }

    private async Task<Dictionary<string, string>> MetadataAsync(TreeFilter filter, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in metadata.List().Where(filter.Matches))
        {
            if (await metadata.GetAsync(key, cancellationToken) is { } value)
            {
                result[key] = value;
            }
        }

        return result;
    }

    private async Task<Dictionary<string, IReadOnlyList<NamespaceEntry>>> NamespacesAsync(TreeFilter filter, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyList<NamespaceEntry>>(StringComparer.Ordinal);
        foreach (var name in namespaces.List().Where(filter.Matches))
        {
            if (await namespaces.GetAsync(name, cancellationToken) is { } entries)
            {
                result[name] = entries;
            }
        }

        return result;
    }

    private static JsonElement Element<T>(T value) => JsonSerializer.SerializeToElement(value, OverlordJson.Options.TypeInfo<T>());

    private static Func<string, bool>? Include(TreeFilter filter) => filter.Values.Count == 0 ? null : filter.Matches;
}
