using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;

namespace Overlord.Server.Autoscale;

/// <summary>
/// The autoscaler inside <c>overlord serve</c> (the original's <c>poll-autoscale</c> process): sleeps
/// <c>polling.autoscale</c> plus a random whole number of seconds from <c>polling.skew</c>, then runs a cycle.
/// A cycle that fails is logged and the next one runs as planned.
/// </summary>
internal sealed class AutoscaleService(AutoscaleCycle cycle, OverlordConfig config, TimeProvider timeProvider, ILogger<AutoscaleService> logger)
    : BackgroundService
{
    public static readonly TimeSpan MinimumSleep = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Sleep(), timeProvider, stoppingToken);
                try
                {
                    await cycle.RunAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Autoscale cycle failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Autoscaler stopping");
        }
    }

    /// <summary>At least <see cref="MinimumSleep"/>, so <c>autoscale: 0</c> with no skew cannot spin.</summary>
    private TimeSpan Sleep()
    {
        var (low, high) = ((int)config.Polling.Skew.Min.TotalSeconds, (int)config.Polling.Skew.Max.TotalSeconds);
        var sleep = config.Polling.Autoscale + TimeSpan.FromSeconds(Random.Shared.Next(low, high + 1));
        return sleep < MinimumSleep ? MinimumSleep : sleep;
    }
}
