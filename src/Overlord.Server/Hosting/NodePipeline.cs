using Microsoft.AspNetCore.Builder;
using Overlord.Server.Api;
using Overlord.Server.Ui;

namespace Overlord.Server.Hosting;

/// <summary>The HTTP pipeline of a node, outermost first, and its routes.</summary>
internal static class NodePipeline
{
    public static void Configure(WebApplication app, NodeHostOptions options)
    {
        options.ConfigurePipeline?.Invoke(app);
        app.UseMiddleware<CorsMiddleware>();
        app.UseMiddleware<ErrorMiddleware>();
        app.UseMiddleware<RequestMetricsMiddleware>();
        if (options.Config.CompressResponse)
        {
            app.UseResponseCompression();
        }

        app.UseRouting();
        app.UseMiddleware<NotFoundMiddleware>();
        app.UseMiddleware<TokenMiddleware>(!options.TestOnlyWithoutTreeRoutes);
        app.UseMiddleware<LoopMiddleware>();

        RootEndpoints.Map(app);
        UiEndpoints.Map(app);
        var v1 = app.MapGroup("/v1").WithMetadata(RequiresToken.Instance);
        NodeEndpoints.Map(v1);
        JailEndpoints.Map(v1);
        ProjectEndpoints.Map(v1);
        VmEndpoints.Map(v1);
        MetadataEndpoints.Map(v1);
        NamespaceEndpoints.Map(v1);
        ChainEndpoints.Map(v1, forwardsTree: !options.TestOnlyWithoutTreeRoutes);
        if (!options.TestOnlyWithoutTreeRoutes)
        {
            TreeEndpoints.Map(v1);
        }

        options.MapEndpoints?.Invoke(app.MapGroup("").WithMetadata(RequiresToken.Instance));
    }
}
