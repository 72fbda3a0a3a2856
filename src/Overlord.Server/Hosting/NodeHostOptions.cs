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
}
