using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;
using Overlord.Runtime.Inspection;

namespace Overlord.Server.Hosting;

/// <summary>What a <see cref="NodeHost"/> is built from: the node's config plus what its embedder (serve, a test) adds.</summary>
public sealed record NodeHostOptions
{
    /// <summary>The node's <c>overlord.yml</c>. <see cref="OverlordConfig.Port"/> 0 binds a free port (tests).</summary>
    public required OverlordConfig Config { get; init; }

    /// <summary>The clock of tokens, jobs and smart timeouts; tests pass a manual one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Variables given to the runtime's tools (PATH with fake tools first, in tests).</summary>
    public IReadOnlyDictionary<string, string> ToolEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Reads jails for the jail routes; without one they answer from the runtime alone.</summary>
    public IJailInspector? JailInspector { get; init; }

    /// <summary>Where logs go; without it the node logs nothing.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>
    /// True (serve): SIGTERM/SIGINT stop the node. False (a node embedded in a test process, where
    /// several run at once): only <see cref="NodeHost.StopAsync"/> does.
    /// </summary>
    public bool HandleSignals { get; init; }

    /// <summary>Middleware put in front of everything else (tests use it to hold requests at a barrier).</summary>
    public Action<IApplicationBuilder>? ConfigurePipeline { get; init; }

    /// <summary>More services of the node (the GitOps agent where <c>agent:</c> is configured), added after its own.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>
    /// More routes, mapped with absolute paths on a group that requires the bearer token like every /v1 route;
    /// routes under /v1/webhooks are let through without it (they check their providers' signatures).
    /// </summary>
    public Action<IEndpointRouteBuilder>? MapEndpoints { get; init; }

    /// <summary>
    /// Tests only, never in overlord.yml or the user docs: true makes the node answer like the original for our
    /// tree route (<c>/v1/tree/...</c>, also through <c>/v1/chain/.../tree/...</c>): 404 <c>Resource not found.</c>,
    /// so that a tree mixing original nodes can be tested with our nodes alone (issue 10.1); and, as the original,
    /// it ignores token scopes and the forwarded <c>X-Overlord-Scope</c> (issue 13.1). <c>overlord serve</c>
    /// sets it when the environment has <see cref="TestOnlyWithoutTreeRoutesVariable"/>=1.
    /// </summary>
    internal bool TestOnlyWithoutTreeRoutes { get; init; }

    /// <summary>The test-only variable of <see cref="TestOnlyWithoutTreeRoutes"/> for a node started as a process.</summary>
    public const string TestOnlyWithoutTreeRoutesVariable = "OVERLORD_TEST_ONLY_WITHOUT_TREE_ROUTES";

    /// <summary>What <c>overlord serve</c> reads from its environment: only the test-only switch above.</summary>
    public NodeHostOptions WithTestOnlySwitches(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return this with { TestOnlyWithoutTreeRoutes = environment(TestOnlyWithoutTreeRoutesVariable) == "1" };
    }
}
