using System.CodeDom.Compiler;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Overlord.Agent.Tests.Support;

namespace Overlord.Agent.Tests.Hosting;

/// <summary>The agent's routes are bound as the node's are: by the request delegate generator, at build time (issue 12.5).</summary>
public sealed class AgentEndpointStyleTests
{
    [Fact]
    public async Task Every_route_of_the_agent_is_bound_by_the_generated_code()
    {
        await using var host = await AgentTestHost.StartAsync();

        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var unbound = endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<GeneratedCodeAttribute>()?.Tool?.StartsWith("Microsoft.AspNetCore.Http.RequestDelegateGenerator", StringComparison.Ordinal) != true)
            .Select(endpoint => endpoint.DisplayName ?? endpoint.RoutePattern.RawText ?? "?")
            .ToList();

        Assert.Equal(4, endpoints.Count);
        Assert.True(unbound.Count == 0, "mapped without the request delegate generator:\n" + string.Join("\n", unbound));
    }
}
