using Overlord.Server.Auth;

namespace Overlord.Server.Tests.Auth;

/// <summary>The route→scope map of issue 13.1, route by route, and the rules around it.</summary>
public sealed class RouteScopesTests
{
    /// <summary>Every row of the map, by pattern and method, with a path it serves and the scope it must need.</summary>
    public static readonly TheoryData<string, string, string, TokenScope> Routes = new()
    {
        { "/metrics", "GET", "/metrics", TokenScope.Read },
        { "/v1/ping", "GET", "/v1/ping", TokenScope.Read },
        { "/v1/labels", "GET", "/v1/labels", TokenScope.Read },
        { "/v1/chains", "GET", "/v1/chains", TokenScope.Read },
        { "/v1/tree/{**resource}", "GET", "/v1/tree/projects/web", TokenScope.Read },
        { "/v1/jails", "GET", "/v1/jails", TokenScope.Read },
        { "/v1/jails/logs", "GET", "/v1/jails/logs", TokenScope.Read },
        { "/v1/jail/log/{type}/{entity}/{subtype}/{log}", "GET", "/v1/jail/log/jails/web/console/a.log", TokenScope.Read },
        { "/v1/stats", "GET", "/v1/stats", TokenScope.Read },
        { "/v1/jail/stats/{jail}", "GET", "/v1/jail/stats/web", TokenScope.Read },
        { "/v1/jail/info/{jail}", "GET", "/v1/jail/info/web", TokenScope.Read },
        { "/v1/jail/info/{jail}", "HEAD", "/v1/jail/info/web", TokenScope.Read },
        { "/v1/jail/cpuset/{jail}", "GET", "/v1/jail/cpuset/web", TokenScope.Read },
        { "/v1/jail/{item}/{jail}", "GET", "/v1/jail/devfs/web", TokenScope.Read },
        { "/v1/projects", "GET", "/v1/projects", TokenScope.Read },
        { "/v1/projects/logs", "GET", "/v1/projects/logs", TokenScope.Read },
        { "/v1/projects/log/{date}/{service}/{log}", "GET", "/v1/projects/log/2026-01-01/web/up.log", TokenScope.Read },
        { "/v1/project/info/{project}", "GET", "/v1/project/info/web", TokenScope.Read },
        { "/v1/project/info/{project}", "HEAD", "/v1/project/info/web", TokenScope.Read },
        { "/v1/project/jobs/{project}", "GET", "/v1/project/jobs/web", TokenScope.Read },
        { "/v1/project/autoscale/{project}", "GET", "/v1/project/autoscale/web", TokenScope.Read },
        { "/v1/project/up/{project}", "POST", "/v1/project/up/web", TokenScope.Deploy },
        { "/v1/project/down/{project}", "POST", "/v1/project/down/web", TokenScope.Deploy },
        { "/v1/project/cancel/{project}", "POST", "/v1/project/cancel/web", TokenScope.Deploy },
        { "/v1/vm/{name}", "GET", "/v1/vm/vm1", TokenScope.Read },
        { "/v1/vm/{name}", "POST", "/v1/vm/vm1", TokenScope.Deploy },
        { "/v1/metadata", "GET", "/v1/metadata", TokenScope.Read },
        { "/v1/metadata/{key}", "GET", "/v1/metadata/greeting", TokenScope.Read },
        { "/v1/metadata/{key}", "HEAD", "/v1/metadata/greeting", TokenScope.Read },
        { "/v1/metadata/{key}", "POST", "/v1/metadata/greeting", TokenScope.Deploy },
        { "/v1/metadata/{key}", "PUT", "/v1/metadata/greeting", TokenScope.Deploy },
        { "/v1/metadata/{key}", "DELETE", "/v1/metadata/greeting", TokenScope.Deploy },
        { "/v1/namespace", "GET", "/v1/namespace", TokenScope.Read },
        { "/v1/namespace/{name}", "GET", "/v1/namespace/web", TokenScope.Read },
        { "/v1/namespace/{name}", "HEAD", "/v1/namespace/web", TokenScope.Read },
        { "/v1/namespace/{name}", "POST", "/v1/namespace/web", TokenScope.Deploy },
        { "/v1/namespace/{name}", "PUT", "/v1/namespace/web", TokenScope.Deploy },
        { "/v1/namespace/{name}", "DELETE", "/v1/namespace/web", TokenScope.Deploy },
        { "/v1/agent/status", "GET", "/v1/agent/status", TokenScope.Read },
        { "/v1/agent/history", "GET", "/v1/agent/history", TokenScope.Read },
        { "/v1/agent/sync", "POST", "/v1/agent/sync", TokenScope.Admin },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public void Each_route_needs_its_scope_directly_and_through_a_chain_of_two(string pattern, string method, string path, TokenScope scope)
    {
        Assert.True(RouteScopes.Covers(pattern, method), $"{method} {pattern} has no row");
        Assert.Equal(scope, RouteScopes.Needed(method, path));
        if (path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            Assert.Equal(scope, RouteScopes.Needed(method, "/v1/chain/alpha.charlie/" + path["/v1/".Length..]));
        }
    }

    [Fact]
    public void Every_row_of_the_map_is_tested_above()
    {
        var untested = RouteScopes.Rows.Where(row => !Routes.Any(tested =>
            tested.Data.Item1 == row.Pattern && row.Methods.Contains(tested.Data.Item2) && tested.Data.Item4 == row.Scope));

        Assert.Empty(untested.Select(row => $"{row.Pattern} ({row.Scope.Name()})"));
    }

    [Theory]
    [InlineData("GET", "/v1/unknown/route")]
    [InlineData("PATCH", "/v1/metadata/greeting")]
    [InlineData("GET", "/v1/chain/alpha/unknown")]
    [InlineData("POST", "/v1/ping")]
    public void A_request_no_row_matches_needs_admin(string method, string path) =>
        Assert.Equal(TokenScope.Admin, RouteScopes.Needed(method, path));

    [Fact]
    public void The_chain_route_itself_is_covered_and_a_pattern_without_a_row_is_not()
    {
        Assert.True(RouteScopes.Covers(RouteScopes.ChainPattern, "POST"));
        Assert.False(RouteScopes.Covers("/v1/something/new", "GET"));
        Assert.False(RouteScopes.Covers("/v1/project/up/{project}", "GET"));
    }
}
