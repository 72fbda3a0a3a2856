using Microsoft.Extensions.DependencyInjection;

namespace Overlord.Server.Autoscale;

/// <summary>The autoscaler's parts, and the hosted service that runs its cycles.</summary>
internal static class AutoscaleServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<AutoscaleStatusStore>();
        services.AddSingleton<HaproxyCounterStore>();
        services.AddSingleton<HaproxyStatsSource>();
        services.AddSingleton<LocalScaleNode>();
        services.AddSingleton<CandidateFinder>();
        services.AddSingleton<ProjectScaler>();
        services.AddSingleton<AutoscaleCycle>();
        services.AddHostedService<AutoscaleService>();
    }
}
