using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Overlord.Server.Auth;

/// <summary>
/// The one map of token-checked routes to the scope they need. A chained route needs what its forwarded route
/// needs, so a node refuses before forwarding what the caller may not do (the child may be an original node
/// that ignores scopes). A path no row matches needs <see cref="TokenScope.Admin"/>: a new route left out of
/// this map is closed, not open, and a test fails until it is added.
/// </summary>
public static class RouteScopes
{
    /// <summary>The chain route: every route one hop further down.</summary>
    public const string ChainPattern = "/v1/chain/{chain}/{**route}";

    private static readonly string[] Reads = [HttpMethods.Get, HttpMethods.Head];
    private static readonly string[] Writes = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete];

    public static readonly IReadOnlyList<RouteScope> Rows =
    [
        Read("/metrics"),
        Read("/v1/ping"),
        Read("/v1/labels"),
        Read("/v1/chains"),
        Read("/v1/tree/{**resource}"),
        Read("/v1/jails"),
        Read("/v1/jails/logs"),
        Read("/v1/jail/log/{type}/{entity}/{subtype}/{log}"),
        Read("/v1/stats"),
        Read("/v1/jail/stats/{jail}"),
        Read("/v1/jail/info/{jail}"),
        Read("/v1/jail/cpuset/{jail}"),
        Read("/v1/jail/{item}/{jail}"),
        Read("/v1/projects"),
        Read("/v1/projects/logs"),
        Read("/v1/projects/log/{date}/{service}/{log}"),
        Read("/v1/project/info/{project}"),
        Read("/v1/project/jobs/{project}"),
        Read("/v1/project/autoscale/{project}"),
        Deploy("/v1/project/up/{project}"),
        Deploy("/v1/project/down/{project}"),
        Deploy("/v1/project/cancel/{project}"),
        Read("/v1/vm/{name}"),
        Deploy("/v1/vm/{name}"),
        Read("/v1/metadata"),
        Read("/v1/metadata/{key}"),
        Deploy("/v1/metadata/{key}"),
        Read("/v1/namespace"),
        Read("/v1/namespace/{name}"),
        Deploy("/v1/namespace/{name}"),
        Read("/v1/agent/status"),
        Read("/v1/agent/history"),
        new("/v1/agent/sync", Writes, TokenScope.Admin),
    ];

    private static readonly IReadOnlyList<(RouteScope Row, TemplateMatcher Matcher)> Matchers =
        [.. Rows.Select(row => (row, Matcher(row.Pattern)))];

    private static readonly TemplateMatcher ChainMatcher = Matcher(ChainPattern);

    /// <summary>At most this many (method, path) answers are remembered: paths carry names, so they are not a closed set.</summary>
    private const int RememberedPaths = 4096;

    // Matching every row's template on every request cost a tree call more than its token check (issue 14.1);
    // the answer depends on the method and path alone, so the same request is answered from here.
    private static readonly ConcurrentDictionary<(string Method, string Path), TokenScope> Remembered = new();

    /// <summary>Whether the map has a row for this mapped pattern and method (the chain route included).</summary>
    public static bool Covers(string pattern, string method) =>
        pattern == ChainPattern || Rows.Any(row => row.Pattern == pattern && Has(row, method));

    /// <summary>
    /// The scope a request needs: through the chain route, what the forwarded route needs; where several rows
    /// match, the narrowest grant wins (the widest need); where none does, admin.
    /// </summary>
    public static TokenScope Needed(string method, string path)
    {
        if (Remembered.TryGetValue((method, path), out var remembered))
        {
            return remembered;
        }

        var needed = Match(method, path);
        if (Remembered.Count < RememberedPaths)
        {
            Remembered.TryAdd((method, path), needed);
        }

        return needed;
    }

    private static TokenScope Match(string method, string path)
    {
        var values = new RouteValueDictionary();
        if (ChainMatcher.TryMatch(path, values))
        {
            return Match(method, "/v1/" + values["route"]);
        }

        var needs = Matchers
            .Where(entry => Has(entry.Row, method) && entry.Matcher.TryMatch(path, new RouteValueDictionary()))
            .Select(entry => entry.Row.Scope)
            .ToList();
        return needs.Count == 0 ? TokenScope.Admin : needs.Max();
    }

    private static RouteScope Read(string pattern) => new(pattern, Reads, TokenScope.Read);

    private static RouteScope Deploy(string pattern) => new(pattern, Writes, TokenScope.Deploy);

    private static bool Has(RouteScope row, string method) => row.Methods.Contains(method, StringComparer.OrdinalIgnoreCase);

    private static TemplateMatcher Matcher(string pattern) => new(TemplateParser.Parse(pattern.TrimStart('/')), new RouteValueDictionary());
}
