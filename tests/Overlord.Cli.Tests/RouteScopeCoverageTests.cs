using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Overlord.Server.Auth;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>
/// Issue 13.1: every route a node serves as <c>overlord serve</c> builds it, agent included, is in the route→scope
/// map, so a route added without a scope fails here; and the agent's sync needs an admin token.
/// </summary>
public sealed class RouteScopeCoverageTests
{
    /// <summary>The routes answered without a token (SECURITY in overlord.1): nothing for a scope to guard.</summary>
    private static readonly string[] WithoutToken = ["/", "/v1", "/healthz", "/v1/webhooks/{provider}"];

    /// <summary>The status page checks the token of its own cookie for the read scope (UiSession.MayRead), not the bearer header.</summary>
    private const string StatusPage = "/ui";

    [Fact]
    public async Task Every_route_of_a_node_with_an_agent_has_a_scope_and_sync_needs_admin()
    {
        using var folder = new TempDirectory("overlord-route-scopes");
        var git = new AgentCliGit(folder.Path);
        await git.InitAsync();
        await git.CommitAsync(("app.yml", AgentCliSpecs.Project("app")));
        await using var root = await AgentRootNode.StartAsync(git.Origin);

        var routes = root.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => !WithoutToken.Contains(endpoint.RoutePattern.RawText) && endpoint.RoutePattern.RawText?.StartsWith(StatusPage, StringComparison.Ordinal) != true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["(any method)"])
                .Select(method => (Pattern: endpoint.RoutePattern.RawText ?? "", Method: method)))
            .ToList();
        var deploy = await SyncAsync(root, TokenScope.Deploy);
        var admin = await SyncAsync(root, TokenScope.Admin);

        Assert.Contains(("/v1/agent/sync", "POST"), routes);
        Assert.Contains(("/v1/project/up/{project}", "POST"), routes);
        Assert.Empty(routes.Where(route => !RouteScopes.Covers(route.Pattern, route.Method)).Select(route => $"{route.Method} {route.Pattern}"));
        Assert.Equal(HttpStatusCode.Forbidden, deploy.Status);
        Assert.Contains("'admin' scope", deploy.Body, StringComparison.Ordinal);
        Assert.True(admin.Status is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{admin.Status}: {admin.Body}");
    }

    private static async Task<(HttpStatusCode Status, string Body)> SyncAsync(AgentRootNode root, TokenScope scope)
    {
        var token = new TokenService(SigningKey.FromSecret(root.Secret), TimeProvider.System).Issue(new Dictionary<string, string>(), null, [scope]);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, root.Url + "/v1/agent/sync");
        request.Headers.TryAddWithoutValidation("Authentication", "Bearer " + token);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
