using System.Collections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Overlord.Agent.Coordination;
using Overlord.Agent.Dispatch;
using Overlord.Agent.Git;
using Overlord.Agent.Notes;
using Overlord.Agent.Statuses;
using Overlord.Agent.Store;
using Overlord.Agent.Sync;
using Overlord.Client;
using Overlord.Client.Http;
using Overlord.Core;
using Overlord.Core.Config;
using Quartz;

namespace Overlord.Agent.Hosting;

/// <summary>Adds the GitOps agent to a node's host: its store, cache clone, engine, coordinator and Quartz poll.</summary>
public static class AgentServiceCollectionExtensions
{
    /// <param name="services">The node host's services.</param>
    /// <param name="config">The node's <c>agent:</c> section.</param>
    /// <param name="dataDirectory">The node's data directory: agent.db and the cache clone go there.</param>
    /// <param name="ownNode">A client of this node's own API (127.0.0.1, a token the node signs for itself): every
    /// datacenter of every spec is reached through it.</param>
    public static IServiceCollection AddOverlordAgent(this IServiceCollection services, AgentConfig config, string dataDirectory, Func<OverlordClient> ownNode)
    {
        var agentDirectory = Path.Combine(Path.GetFullPath(dataDirectory), "agent");
        var repositoryPath = Path.Combine(agentDirectory, "repository.git");
        var environment = ProcessEnvironment();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(config);
        services.AddSingleton(new AgentSettings(config));
        services.AddSingleton(provider => AgentStore.Create(dataDirectory, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider =>
        {
            // The agent's folder (its mirror of the repository) is the owner's only, as the node database is.
            PrivateFiles.CreateOwnDirectory(agentDirectory);
            var options = new GitCliOptions { RepositoryPath = repositoryPath, Identity = new GitIdentity(config.Identity.Name, config.Identity.Email) };
            return new GitCli(options, provider.GetRequiredService<ILogger<GitCli>>());
        });
        services.AddSingleton(provider => new NotesStore(
            provider.GetRequiredService<GitCli>(), new NotesOptions { Ref = config.NotesRef }, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<NotesStore>>()));
        services.TryAddSingleton<ISpecDispatcher>(provider => new OwnNodeDispatcher(ownNode, provider.GetRequiredService<TimeProvider>(), environment, repositoryPath));
        AddCommitStatuses(services, config);
        services.AddSingleton(new SyncEngineOptions
        {
            AgentName = config.Identity.Name,
            Environment = environment,
        });
        services.AddSingleton<ISyncRunner>(provider => new SyncEngine(
            provider.GetRequiredService<AgentSettings>(),
            provider.GetRequiredService<AgentStore>(),
            provider.GetRequiredService<GitCli>(),
            provider.GetRequiredService<NotesStore>(),
            provider.GetRequiredService<ISpecDispatcher>(),
            provider.GetService<CommitStatusWriter>(),
            provider.GetRequiredService<SyncEngineOptions>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SyncEngine>>()));
        services.AddSingleton<SyncCoordinator>();
        services.AddSingleton<AgentHistoryReader>();
        services.AddSingleton<WebhookBodyGate>();
        AddSchedule(services);

        // Hosted services stop in reverse order: the coordinator first, so a running sync is cancelled (its plan
        // stays persisted) before Quartz waits for the job that awaits it.
        services.AddHostedService(provider => provider.GetRequiredService<SyncCoordinator>());
        return services;
    }

    private static void AddCommitStatuses(IServiceCollection services, AgentConfig config)
    {
        if (config.CommitStatus is not { } statuses)
        {
            return;
        }

        services.AddSingleton(provider => new CommitStatusWriter(
            StatusHttpClient(),
            statuses,
            config.Repository,
            provider.GetRequiredService<ILogger<CommitStatusWriter>>()));
    }

    /// <summary>The git host's client; the writer sets no limit of its own, so the client's 30 s bounds each post.</summary>
    private static HttpClient StatusHttpClient()
    {
        var http = HttpClientFactory.Create(new ClientOptions());
        http.Timeout = TimeSpan.FromSeconds(30);
        return http;
    }

    // The agent's own scheduler, so it never competes with another part of the host for the unnamed one.
    private static void AddSchedule(IServiceCollection services)
    {
        services.AddQuartz(AgentSyncJob.SchedulerName, quartz => quartz.ScheduleJob<AgentSyncJob>(
            trigger => trigger.WithIdentity("startup", AgentSyncJob.Key.Group).StartNow().UsingJobData(AgentSyncJob.TriggerKindKey, "startup"),
            job => job.WithIdentity(AgentSyncJob.Key).StoreDurably()));
        services.AddQuartzHostedService(AgentSyncJob.SchedulerName, options => options.WaitForJobsToComplete = true);
    }

    private static Dictionary<string, string> ProcessEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = entry.Value as string ?? "";
        }

        return environment;
    }
}
