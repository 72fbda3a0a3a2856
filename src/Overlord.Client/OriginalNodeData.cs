using System.Text.Json;
using System.Text.RegularExpressions;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Client.Tree;
using Overlord.Core;
using Overlord.Core.Names;

namespace Overlord.Client;

/// <summary>
/// One node's data for a tree answer, read from the original's plain routes into the records our tree route's
/// node writes (every project with its info, every jail with its items, every metadata key with its value...),
/// narrowed by the same filters, so that what reads a tree cannot tell the two apart. The original lists no
/// VMs, so <see cref="TreeResource.Vm"/> without names is empty.
/// </summary>
internal static class OriginalNodeData
{
    private static readonly TimeSpan MatchLimit = TimeSpan.FromMilliseconds(100);

    private static readonly string[] JailItems = ["stats", "info", "cpuset", "devfs", "expose", "healthcheck", "limits", "fstab", "labels", "nat", "volumes"];

    public static async Task<ApiResult<JsonElement>> ReadAsync(OverlordClient node, TreeResource resource, TreeQuery query, CancellationToken cancellationToken)
    {
        var patterns = Patterns(query.Filters);
        return resource switch
        {
            TreeResource.Stats => Collected(node, await node.ReadWalkAsync<StatsResponse>("stats", cancellationToken), stats => new StatsResponse { Stats = stats.Stats }),
            TreeResource.Projects => Collected(node, await ProjectsAsync(node, query.Filters, cancellationToken), projects => new TreeProjectsData { Projects = projects }),
            TreeResource.Autoscale => Collected(
                node,
                await NamedAsync<AutoscaleStatusResponse, AutoscaleStatus>(node, query.Filters, NamePatterns.IsProject, p => $"project/autoscale/{p}", r => r.Status, cancellationToken),
                autoscale => new TreeAutoscaleData { Autoscale = autoscale }),
            TreeResource.Vm => Collected(
                node,
                await NamedAsync<VmStatusResponse, VmStatus>(node, query.Filters, NamePatterns.IsVm, v => $"vm/{v}", r => r.Status, cancellationToken),
                vms => new TreeVmData { Vm = vms }),
            TreeResource.Metadata => Collected(
                node,
                await MatchingAsync<MetadataListResponse, MetadataResponse, string>(node, "metadata", l => l.Keys, patterns, k => $"metadata/{k}", r => r.Value ?? "", cancellationToken),
                metadata => new TreeMetadataData { Metadata = metadata }),
            TreeResource.Namespaces => Collected(
                node,
                await MatchingAsync<NamespaceListResponse, NamespaceResponse, IReadOnlyList<NamespaceEntry>>(
                    node, "namespace", l => l.Namespaces, patterns, n => $"namespace/{n}", r => r.Entries, cancellationToken),
                namespaces => new TreeNamespacesData { Namespaces = namespaces }),
            TreeResource.Jails => Collected(node, await JailsAsync(node, patterns, query.Items.Count > 0 ? query.Items : JailItems, cancellationToken), jails => new TreeJailsData { Jails = jails }),
            TreeResource.ProjectsLogs => Collected(
                node,
                await node.ReadWalkAsync<ProjectsLogsResponse>("projects/logs", cancellationToken),
                logs => new ProjectsLogsResponse { Logs = LogNarrowing.Narrow(logs.Logs, patterns.Count == 0 ? null : path => Matches(patterns, path)) }),
            TreeResource.JailsLogs => Collected(
                node,
                await node.ReadWalkAsync<JailsLogsResponse>("jails/logs", cancellationToken),
                logs => new JailsLogsResponse { Logs = LogNarrowing.Narrow(logs.Logs, patterns.Count == 0 ? null : path => Matches(patterns, path)) }),
            _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "the walk reads labels and chains itself"),
        };
    }

    /// <summary>A record made from this node's answers, as the JSON of a tree node's data; a failed read as it is.</summary>
    internal static ApiResult<JsonElement> Collected<TRead, TData>(OverlordClient node, ApiResult<TRead> read, Func<TRead, TData> data) =>
        read.IsSuccess ? node.Collected(JsonSerializer.SerializeToElement(data(read.Value), OverlordJson.Options.TypeInfo<TData>())) : read.AsFailure<JsonElement>();

    /// <summary>The filters' literal names, or without filters every project of <c>projects</c>, each with its info.</summary>
    private static async Task<ApiResult<Dictionary<string, ProjectInfo>>> ProjectsAsync(OverlordClient node, IReadOnlyList<string> filters, CancellationToken cancellationToken)
    {
        var names = filters;
        if (names.Count == 0)
        {
            var list = await node.ReadWalkAsync<ProjectsResponse>("projects", cancellationToken);
            if (!list.IsSuccess)
            {
                return list.AsFailure<Dictionary<string, ProjectInfo>>();
            }

            names = list.Value.Projects;
        }

        return await NamedAsync<ProjectInfoResponse, ProjectInfo>(node, names, NamePatterns.IsProject, p => $"project/info/{p}", r => r.Info, cancellationToken);
    }

    /// <summary>
    /// Literal names, each read from its own route; a name the node does not know (404) is left out, as our node
    /// leaves it out.
    /// </summary>
    private static async Task<ApiResult<Dictionary<string, T>>> NamedAsync<TResponse, T>(
        OverlordClient node, IReadOnlyList<string> names, Func<string, bool> valid, Func<string, string> route, Func<TResponse, T> field, CancellationToken cancellationToken)
        where TResponse : class
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var name in names.Distinct(StringComparer.Ordinal).Where(valid))
        {
            var answer = await node.ReadWalkAsync<TResponse>(route(Uri.EscapeDataString(name)), cancellationToken);
            if (answer.IsSuccess)
            {
                result[name] = field(answer.Value);
            }
            else if (answer is not { Failure: ApiFailure.HttpStatus, StatusCode: 404 })
            {
                return answer.AsFailure<Dictionary<string, T>>();
            }
        }

        return node.Collected(result);
    }

    /// <summary>The names of a list route that match the filters, each with its value.</summary>
    private static async Task<ApiResult<Dictionary<string, T>>> MatchingAsync<TList, TResponse, T>(
        OverlordClient node, string listRoute, Func<TList, IReadOnlyList<string>> namesOf, IReadOnlyList<Regex> patterns, Func<string, string> route, Func<TResponse, T> field, CancellationToken cancellationToken)
        where TList : class
        where TResponse : class
    {
        var list = await node.ReadWalkAsync<TList>(listRoute, cancellationToken);
        if (!list.IsSuccess)
        {
            return list.AsFailure<Dictionary<string, T>>();
        }

        var names = namesOf(list.Value).Where(name => Matches(patterns, name)).ToList();
        return await NamedAsync(node, names, _ => true, route, field, cancellationToken);
    }

    private static async Task<ApiResult<Dictionary<string, IReadOnlyDictionary<string, JsonElement>>>> JailsAsync(
        OverlordClient node, IReadOnlyList<Regex> patterns, IReadOnlyList<string> items, CancellationToken cancellationToken)
    {
        var list = await node.ReadWalkAsync<JailsResponse>("jails", cancellationToken);
        if (!list.IsSuccess)
        {
            return list.AsFailure<Dictionary<string, IReadOnlyDictionary<string, JsonElement>>>();
        }

        var result = new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (var jail in list.Value.Jails.Where(name => NamePatterns.IsJail(name) && Matches(patterns, name)))
        {
            var entry = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var item in items.Distinct(StringComparer.Ordinal))
            {
                var answer = await OriginalJailItem.ReadAsync(node, item, jail, cancellationToken);
                if (!answer.IsSuccess && answer is not { Failure: ApiFailure.HttpStatus, StatusCode: 404 })
                {
                    return answer.AsFailure<Dictionary<string, IReadOnlyDictionary<string, JsonElement>>>();
                }

                entry[item] = answer.IsSuccess ? answer.Value : OriginalJailItem.Missing;
            }

            result[jail] = entry;
        }

        return node.Collected(result);
    }

    private static List<Regex> Patterns(IReadOnlyList<string> filters)
    {
        var patterns = new List<Regex>();
        foreach (var filter in filters)
        {
            try
            {
                patterns.Add(UserPattern.Compile(filter, MatchLimit));
            }
            catch (ArgumentException)
            {
                // Our node refuses such a filter with a 400 before this point; here it matches nothing.
                patterns.Add(new Regex("(?!)", RegexOptions.None, MatchLimit));
            }
        }

        return patterns;
    }

    private static bool Matches(IReadOnlyList<Regex> patterns, string name)
    {
        try
        {
            return patterns.Count == 0 || patterns.Any(pattern => pattern.IsMatch(name));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
