using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;
using Overlord.Server.Integrations;
using Overlord.Server.Integrations.LoadBalancer;
using Overlord.Server.Integrations.SkyDns;
using Overlord.Server.Node;
using Polly.Registry;

namespace Overlord.Server.Hosting;

/// <summary>The special labels' services: etcd, the two integrations (in the order they run) and their runner.</summary>
internal static class SpecialLabelsServices
{
    public static void Add(IServiceCollection services, OverlordConfig config)
    {
        services.AddEtcdPipeline();
        services.AddSingleton(provider => new EtcdGateway(
            config.Etcd,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(EtcdPipeline.Key),
            provider.GetRequiredService<ILogger<EtcdGateway>>()));

        // The original runs the load balancer first, then SkyDNS.
        services.AddSingleton<ISpecialLabelIntegration>(provider => new LoadBalancerLabel(
            config.DataPlaneApi is { } api ? new DataPlaneApiClient(api) : null, provider.GetRequiredService<NodeIdentity>().ServerId));
        services.AddSingleton<ISpecialLabelIntegration>(provider => new SkyDnsLabel(
            config.SkyDns, provider.GetRequiredService<NodeIdentity>().ServerId, provider.GetRequiredService<EtcdGateway>()));
        services.AddSingleton<SpecialLabelsRunner>();
    }
}
