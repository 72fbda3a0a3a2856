using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Overlord.Client.Http;
using Overlord.Client.Tree;
using Overlord.Core;
using Overlord.Core.Names;

namespace Overlord.Client;

/// <summary>
/// One node's data for a tree answer, read from the original's plain routes: the same JSON our tree route's
/// node gives (every project with its info, every jail with its items, every metadata key with its value...),
/// narrowed by the same filters, so that what reads a tree cannot tell the two apart. The original lists no
/// VMs, so <see cref="TreeResource.Vm"/> without names is empty.
/// </summary>
internal static class OriginalNodeData
{
    private static readonly TimeSpan MatchLimit = TimeSpan.FromMilliseconds(100);

    private static readonly string[] JailItems = ["stats", "info", "cpuset", "devfs", "expose", "healthcheck", "limits", "fstab", "labels", "nat", "volumes"];

    public static Task<ApiResult<JsonObject>> ReadAsync(OverlordClient node, TreeResource resource, TreeQuery query, CancellationToken cancellationToken)
    {
        var patterns = Patterns(query.Filters);
        return resource switch
        {
            TreeResource.Stats => PickAsync(node, "stats", "stats", cancellationToken),
            TreeResource.Projects => NamedAsync(node, "projects", query.Filters.Count > 0 ? query.Filters : null, "projects", NamePatterns.IsProject, p => $"project/info/{p}", "info", cancellationToken),
            TreeResource.Autoscale => NamedAsync(node, "autoscale", query.Filters, null, NamePatterns.IsProject, p => $"project/autoscale/{p}", "status", cancellationToken),
            TreeResource.Vm => NamedAsync(node, "vm", query.Filters, null, NamePatterns.IsVm, v => $"vm/{v}", "status", cancellationToken),
            TreeResource.Metadata => MatchingAsync(node, "metadata", "metadata", patterns, k => $"metadata/{k}", "metadata", cancellationToken),
            TreeResource.Namespaces => MatchingAsync(node, "namespaces", "namespace", patterns, n => $"namespace/{n}", "namespace", cancellationToken),
            TreeResource.Jails => JailsAsync(node, patterns, query.Items.Count > 0 ? query.Items : JailItems, cancellationToken),
            TreeResource.ProjectsLogs => LogsAsync(node, "projects/logs", patterns, cancellationToken),
            TreeResource.JailsLogs => LogsAsync(node, "jails/logs", patterns, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "the walk reads labels and chains itself"),
        };
    }

    private static async Task<ApiResult<JsonObject>> PickAsync(OverlordClient node, string route, string key, CancellationToken cancellationToken)
    {
        var answer = await node.ReadObjectAsync(route, cancellationToken);
        return answer.IsSuccess ? node.Collected(new JsonObject { [key] = answer.Value[key]?.DeepClone() }) : answer;
    }

    /// <summary>
    /// Literal names (the filters, or the list route's answer when <paramref name="names"/> is null), each read
    /// from its own route; a name the node does not know (404) is left out, as our node leaves it out.
    /// </summary>
    private static async Task<ApiResult<JsonObject>> NamedAsync(
        OverlordClient node, string key, IReadOnlyList<string>? names, string? listRoute, Func<string, bool> valid, Func<string, string> route, string field, CancellationToken cancellationToken)
    {
        if (names is null)
        {
            var list = await node.ReadObjectAsync(listRoute!, cancellationToken);
            if (!list.IsSuccess)
            {
                return list;
            }

            names = Strings(list.Value[listRoute!]);
        }

        var result = new JsonObject();
        foreach (var name in names.Distinct(StringComparer.Ordinal).Where(valid))
        {
            var answer = await node.ReadObjectAsync(route(Uri.EscapeDataString(name)), cancellationToken);
            if (answer.IsSuccess)
            {
                result[name] = answer.Value[field]?.DeepClone();
            }
            else if (answer is not { Failure: ApiFailure.HttpStatus, StatusCode: 404 })
            {
                return answer;
            }
        }

        return node.Collected(new JsonObject { [key] = result });
    }

    /// <summary>The names of a list route that match the filters, each with its value.</summary>
    private static async Task<ApiResult<JsonObject>> MatchingAsync(
        OverlordClient node, string key, string listRoute, IReadOnlyList<Regex> patterns, Func<string, string> route, string field, CancellationToken cancellationToken)
    {
        var list = await node.ReadObjectAsync(listRoute, cancellationToken);
        if (!list.IsSuccess)
        {
            return list;
        }

        var names = Strings(list.Value[listRoute == "namespace" ? "namespaces" : listRoute]).Where(name => Matches(patterns, name)).ToList();
        return await NamedAsync(node, key, names, null, _ => true, route, field, cancellationToken);
    }

    private static async Task<ApiResult<JsonObject>> JailsAsync(OverlordClient node, IReadOnlyList<Regex> patterns, IReadOnlyList<string> items, CancellationToken cancellationToken)
    {
        var list = await node.ReadObjectAsync("jails", cancellationToken);
        if (!list.IsSuccess)
        {
            return list;
        }

        var result = new JsonObject();
        foreach (var jail in Strings(list.Value["jails"]).Where(name => NamePatterns.IsJail(name) && Matches(patterns, name)))
        {
            var entry = new JsonObject();
            foreach (var item in items.Distinct(StringComparer.Ordinal))
            {
                var answer = await node.ReadObjectAsync($"jail/{Uri.EscapeDataString(item)}/{jail}", cancellationToken);
                if (!answer.IsSuccess && answer is not { Failure: ApiFailure.HttpStatus, StatusCode: 404 })
                {
                    return answer;
                }

                entry[item] = answer.IsSuccess ? answer.Value[item]?.DeepClone() : null;
            }

            result[jail] = entry;
        }

        return node.Collected(new JsonObject { ["jails"] = result });
    }

    private static async Task<ApiResult<JsonObject>> LogsAsync(OverlordClient node, string route, IReadOnlyList<Regex> patterns, CancellationToken cancellationToken)
    {
        var answer = await node.ReadObjectAsync(route, cancellationToken);
        return answer.IsSuccess ? node.Collected(new JsonObject { ["logs"] = Narrow(answer.Value["logs"], patterns, "") }) : answer;
    }

    /// <summary>The log files whose path (<c>date/service/file</c>) matches a filter; empty branches dropped, as our node does.</summary>
    private static JsonObject Narrow(JsonNode? tree, IReadOnlyList<Regex> patterns, string prefix)
    {
        var level = tree as JsonObject ?? [];
        if (patterns.Count == 0)
        {
            return (JsonObject)level.DeepClone();
        }

        var kept = new JsonObject();
        foreach (var (name, child) in level)
        {
            JsonNode narrowed = child is JsonArray files
                ? new JsonArray([.. Strings(files).Where(file => Matches(patterns, $"{prefix}{name}/{file}")).Select(file => (JsonNode?)file)])
                : Narrow(child, patterns, $"{prefix}{name}/");
            if (narrowed is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
            {
                kept[name] = narrowed;
            }
        }

        return kept;
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

    private static List<string> Strings(JsonNode? array) =>
        array is JsonArray items ? [.. items.Select(item => item is JsonValue value && value.TryGetValue<string>(out var text) ? text : null).OfType<string>()] : [];
}
