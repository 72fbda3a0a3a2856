using Microsoft.Extensions.Logging;
using Overlord.Agent.Hosting;
using Overlord.Agent.Sync;
using Quartz;

namespace Overlord.Agent.Coordination;

/// <summary>
/// The Quartz adapter of the poll: runs one sync through the coordinator (the first one at start, then each
/// interval) and schedules its own next run an interval (±10%) after this one ended.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AgentSyncJob : IJob
{
    public const string SchedulerName = "overlord-agent";
    public const string TriggerKindKey = "trigger";

    public static readonly JobKey Key = new("sync", "agent");

    private readonly SyncCoordinator _coordinator;
    private readonly AgentSettings _settings;
    private readonly ILogger<AgentSyncJob> _logger;

    public AgentSyncJob(SyncCoordinator coordinator, AgentSettings settings, ILogger<AgentSyncJob> logger)
    {
        _coordinator = coordinator;
        _settings = settings;
        _logger = logger;
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var startup = context.MergedJobDataMap.GetString(TriggerKindKey) == "startup";
        try
        {
            await _coordinator.RunAsync(startup ? SyncTrigger.Startup : SyncTrigger.Schedule, SyncOptions.Default, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The node is stopping: the coordinator cancelled the sync; no next poll.
            _logger.LogInformation("Scheduled sync interrupted by shutdown");
            return;
        }
        catch (Exception exception)
        {
            // The coordinator logged it; the poll must go on.
            _logger.LogDebug(exception, "The scheduled sync failed");
        }

        var next = TriggerBuilder.Create()
            .ForJob(Key)
            .WithIdentity($"sync-{Guid.NewGuid():N}", Key.Group)
            .StartAt(DateTimeOffset.UtcNow + SyncSchedule.NextDelay(_settings.Current.Interval))
            .UsingJobData(TriggerKindKey, "schedule")
            .Build();
        await context.Scheduler.ScheduleJob(next, new ScheduleJobOptions(), cancellationToken);
    }
}
