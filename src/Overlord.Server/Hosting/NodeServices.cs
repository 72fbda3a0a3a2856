using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;
using Overlord.Server.Api;
using Overlord.Server.Auth;
using Overlord.Server.Autoscale;
using Overlord.Server.Chains;
using Overlord.Server.Jobs;
using Overlord.Server.Local;
using Overlord.Server.Metadata;
using Overlord.Server.Metrics;
using Overlord.Server.Node;

namespace Overlord.Server.Hosting;

/// <summary>Every service of a node, wired from its config: storage, auth, jobs, metadata, runtime, chains, API.</summary>
internal static class NodeServices
{
    public static void Add(IServiceCollection services, NodeStart start)
    {
        var options = start.Options;
        var config = options.Config;
        services.AddSingleton(config);
        services.AddSingleton(start.Live);
        services.AddSingleton(options.TimeProvider);
        services.AddSingleton(start.Identity);
        services.AddSingleton(start.Database);
        services.AddSingleton(provider => new TokenService(start.Key, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BearerTokenReader>();
        services.AddSingleton<NodeMetrics>();
        services.AddSingleton<MetricsCollector>();

        services.AddSingleton(provider => RuntimeFactory.Create(config, options.ToolEnvironment, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILoggerFactory>()));
        if (options.JailInspector is { } inspector)
        {
            services.AddSingleton(inspector);
        }
        else if (config.Runtime == RuntimeKind.AppJail)
        {
            services.AddSingleton(provider => RuntimeFactory.CreateInspector(
                config, options.ToolEnvironment, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILoggerFactory>())!);
        }

        var metadata = new MetadataOptions { Location = config.Metadata.Location, Namespaces = config.Metadata.Namespaces, MaxSize = config.Metadata.Size };
        services.AddSingleton(metadata);
        services.AddSingleton<MetadataStore>();
        services.AddSingleton<FileOwnership>();
        services.AddSingleton<NamespaceStore>();

        services.AddSingleton(new JobOptions
        {
            MaxConcurrentJobs = config.MaxWatchCommands,
            ExecutionTime = config.ExecutionTime,
            StopGrace = config.StopGrace,
            MetadataDirectory = config.Metadata.Location,
            NamespacesDirectory = config.Metadata.Namespaces,
        });
        services.AddSingleton<JobQueue>();
        services.AddSingleton<JobLog>();
        services.AddSingleton<ProjectStatusStore>();
        services.AddSingleton<VmStatusStore>();
        services.AddSingleton<FreePortReserver>();
        services.AddSingleton<RunningJobs>();
        SpecialLabelsServices.Add(services, config);
        services.AddSingleton<ProjectJobExecutor>();

        AddChains(services);
        services.AddSingleton<JailReader>();
        services.AddSingleton<ProjectInfoReader>();
        services.AddSingleton<LocalTreeData>();
        services.AddSingleton<Ui.StatusPageReader>();

        // Started in this order, stopped in reverse: the runtime recovers before jobs run, jobs stop before it.
        services.AddHostedService<ProcessRuntimeRecovery>();
        services.AddHostedService<JobWorker>();
        services.AddHostedService<HeartbeatService>();
        AutoscaleServices.Add(services);
    }

    private static void AddChains(IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var live = provider.GetRequiredService<LiveConfig>();
            var timeouts = new SmartTimeouts(provider.GetRequiredService<Storage.NodeDatabase>(), SmartTimeoutSettings(live.Current.Autodisable), provider.GetRequiredService<TimeProvider>());
            live.Changed += config => timeouts.Options = SmartTimeoutSettings(config.Autodisable);
            return timeouts;
        });
        services.AddSingleton<ChainHealth>();
        services.AddSingleton<ChainAvailability>();
        services.AddSingleton<ChainDirectory>();
        services.AddSingleton<ChainForwarder>();
        services.AddSingleton<TreeCollector>();
    }

    private static SmartTimeoutOptions SmartTimeoutSettings(AutodisableConfig autodisable) => new()
    {
        Enabled = autodisable.Enabled,
        Failures = autodisable.Failures,
        Interval = (int)autodisable.Interval.TotalSeconds,
        Increase = (int)autodisable.Increase.TotalSeconds,
        MaxIncrease = (int)autodisable.MaxIncrease.TotalSeconds,
        Strict = autodisable.Strict,
    };
}
