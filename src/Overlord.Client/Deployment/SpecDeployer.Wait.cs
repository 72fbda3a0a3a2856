namespace Overlord.Client.Deployment;

/// <summary>Following queued jobs to their end.</summary>
public sealed partial class SpecDeployer
{
    /// <summary>
    /// Follows every job the steps queued (up, down, VM create) until it ends, reporting each change of state;
    /// steps without a job to follow are left out. A node that stops answering is reported unreachable (after at
    /// most its client's timeout); jobs still going after <see cref="SpecDeployerOptions.WaitTimeout"/> are
    /// reported timed out. The outcomes come back in the order of the steps.
    /// </summary>
    public async Task<IReadOnlyList<WaitOutcome>> WaitAsync(
        IReadOnlyList<DeployStep> steps, IProgress<DeployEvent>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(steps);
        using var deadline = new CancellationTokenSource(_options.WaitTimeout, _options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);

        // Every job is followed at once, but only so many looks are in flight, as for dispatching.
        using var gate = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrency));
        var followed = steps.Where(JobProbe.CanFollow).Select(step => FollowAsync(step, gate, progress, linked.Token, cancellationToken)).ToList();
        return await Task.WhenAll(followed);
    }

    private async Task<WaitOutcome> FollowAsync(
        DeployStep step, SemaphoreSlim gate, IProgress<DeployEvent>? progress, CancellationToken deadline, CancellationToken cancellationToken)
    {
        var client = ClientFor(step.Target);
        var state = DeployState.Queued;
        var seen = false;
        var jobRoute = step.Action != DeployAction.VmCreate;
        var delay = _options.FirstPollDelay;
        try
        {
            while (true)
            {
                ProbeResult probe;
                await gate.WaitAsync(deadline);
                try
                {
                    var viaJob = jobRoute ? await JobProbe.ProbeJobAsync(client, step, seen, deadline) : null;
                    jobRoute &= viaJob is not null;
                    probe = viaJob ?? await JobProbe.ProbeAsync(client, step, seen, deadline);
                }
                finally
                {
                    gate.Release();
                }

                seen |= probe.Seen;
                if (probe.State != state)
                {
                    state = probe.State;
                    progress?.Report(new DeployEvent(step, state, probe.Message));
                }

                if (state is not (DeployState.Queued or DeployState.Running))
                {
                    return new WaitOutcome(step, state, probe.Message);
                }

                await Task.Delay(delay, _options.TimeProvider, deadline);
                delay = TimeSpan.FromTicks(Math.Min(_options.MaxPollDelay.Ticks, delay.Ticks * 3 / 2));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var seconds = _options.WaitTimeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            var message = $"still {state.ToString().ToLowerInvariant()} after {seconds} s";
            progress?.Report(new DeployEvent(step, DeployState.TimedOut, message));
            return new WaitOutcome(step, DeployState.TimedOut, message);
        }
    }
}
