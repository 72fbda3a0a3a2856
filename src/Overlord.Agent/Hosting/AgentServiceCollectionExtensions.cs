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
using Overlord.Core.Results;
using Polly.Registry;

namespace Overlord.Agent.Hosting;

/// <summary>Adds the GitOps agent to a node's host: its store, cache clone, engine, coordinator and poll.</summary>
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

        // The node's /metrics collector exports every Meter registered as a service, the agent's among them.
        services.AddSingleton<AgentMetrics>();
        services.AddSingleton(provider => provider.GetRequiredService<AgentMetrics>().Meter);
        services.AddSingleton(provider => AgentStore.Create(dataDirectory, provider.GetRequiredService<TimeProvider>()));
        services.AddGitFetchPipeline();
        services.AddSingleton(provider =>
        {
            // The agent's folder (its mirror of the repository) is the owner's only, as the node database is.
            PrivateFiles.CreateOwnDirectory(agentDirectory);
            var options = new GitRepositoryOptions { RepositoryPath = repositoryPath, Identity = new GitIdentity(config.Identity.Name, config.Identity.Email) };
            return new GitRepository(
                options,
                provider.GetRequiredService<ILogger<GitRepository>>(),
                provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline<Result>(GitFetchPipeline.Key));
        });
        var notesOptions = new NotesOptions { Ref = config.NotesRef };
        services.AddNotesPushPipeline(notesOptions);
        services.AddSingleton(provider => new NotesStore(
            provider.GetRequiredService<GitRepository>(),
            notesOptions,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<NotesStore>>(),
            provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline<NotesPushResult>(NotesPushPipeline.Key)));
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
            provider.GetRequiredService<GitRepository>(),
            provider.GetRequiredService<NotesStore>(),
            provider.GetRequiredService<ISpecDispatcher>(),
            provider.GetService<CommitStatusWriter>(),
            provider.GetRequiredService<SyncEngineOptions>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SyncEngine>>(),
            provider.GetRequiredService<AgentMetrics>()));
        services.AddSingleton<SyncCoordinator>();
        services.AddSingleton<AgentHistoryReader>();
        services.AddSingleton<WebhookBodyGate>();
        services.AddHostedService<AgentPollService>();

        // Hosted services stop in reverse order: the coordinator first, so a running sync is cancelled (its plan
        // stays persisted) before the poll waits for the sync it awaits.
        services.AddHostedService(provider => provider.GetRequiredService<SyncCoordinator>());
        return services;
    }

    private static void AddCommitStatuses(IServiceCollection services, AgentConfig config)
    {
        if (config.CommitStatus is not { } statuses)
        {
            return;
        }

        var repository = StatusRepository.Parse(config.Repository);
        services.AddGitHostApiPipeline();
        if (statuses.Provider == CommitStatusProvider.Gitea)
        {
            // The pipeline bounds each attempt, so the client itself waits as long as it is let.
            services.AddSingleton<ICommitStatusHost>(_ => new GiteaStatusHost(GiteaHttpClient(), statuses, repository));
        }
        else
        {
            // Pooled connections are renewed, as the HTTP client factory's would be.
            services.AddSingleton<ICommitStatusHost>(_ => new GitHubStatusHost(
                statuses, repository, () => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }));
        }

        services.AddSingleton(provider => new CommitStatusWriter(
            provider.GetRequiredService<ICommitStatusHost>(),
            provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(StatusPipelines.GitHostApi),
            provider.GetRequiredService<ILogger<CommitStatusWriter>>()));
    }

    /// <summary>Gitea's client, from the one factory; the pipeline bounds each attempt, so the client waits as long as it is let.</summary>
    private static HttpClient GiteaHttpClient()
    {
        var http = HttpClientFactory.Create(new ClientOptions());
        http.Timeout = Timeout.InfiniteTimeSpan;
        return http;
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
