using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;

namespace Overlord.Server.Chains;

/// <summary>
/// <c>polling.heartbeat</c> (off by default, reference 4): every heartbeat plus a random skew, each child
/// gets <c>GET /v1/ping</c>. The children that answered form the healthy set; each answer also feeds the
/// smart timeouts (an answer clears a child's failures, a failure counts as one).
/// </summary>
internal sealed class HeartbeatService(
    ChainDirectory chains,
    ChainHealth health,
    ChainAvailability availability,
    OverlordConfig config,
    TimeProvider timeProvider,
    ILogger<HeartbeatService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (config.Polling.Heartbeat is not { } period)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PingAllAsync(stoppingToken);
                await Task.Delay(period + Skew(), timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Heartbeat stopping");
        }
    }

    private async Task PingAllAsync(CancellationToken cancellationToken)
    {
        var healthy = new ConcurrentBag<string>();
        await Task.WhenAll(chains.All.Select(async chain =>
        {
            var answer = await chain.Client.PingAsync(cancellationToken);
            if (answer.IsSuccess)
            {
                healthy.Add(chain.Name);
                availability.RecordSuccess(chain.Name);
            }
            else if (ChainAvailability.Counts(answer.Failure == Client.Http.ApiFailure.HttpStatus ? answer.StatusCode : 0))
            {
                availability.RecordFailure(chain.Name, answer.Message ?? "no answer to the heartbeat");
            }
        }));
        health.SetHealthy(healthy);
    }

    private TimeSpan Skew()
    {
        var (low, high) = (config.Polling.Skew.Min, config.Polling.Skew.Max);
        return low + ((high - low) * Random.Shared.NextDouble());
    }
}
