using System.Diagnostics;
using System.Globalization;
using Overlord.Bench.Git;
using Overlord.Bench.Measuring;
using Overlord.Bench.Nodes;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// The agent over a repository of N metadata specs. Its first sync, when it starts, deploys them all on the target
/// node (timed by the agent itself: its last sync's start and end). Then one spec changes and is pushed, and
/// <c>POST /v1/agent/sync {"wait":true}</c> is timed from the request to the answer: fetch, diff, load, plan,
/// dispatch, the write on the node, the note pushed. A poll with nothing new is the same request when the branch
/// did not move.
/// </summary>
public static class SyncScenario
{
    private static readonly TimeSpan FirstSyncPatience = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Rest = TimeSpan.FromSeconds(10);

    /// <summary>Measures an agent started over <paramref name="repository"/>; <paramref name="writesBefore"/> is the target's write count before it started.</summary>
    public static async Task<SyncFigures> RunAsync(
        AgentNode agent, SpecRepository repository, TargetNode target, int specs, long writesBefore, BenchSizes sizes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sizes);
        // The agent syncs once when it starts: that first sync deploys every spec.
        await Eventually.HoldsAsync(token => agent.IdleAtAsync(repository.Head, token), "the agent's first sync", FirstSyncPatience, cancellationToken);
        var firstSync = (await agent.StatusAsync(cancellationToken)).LastSyncDuration ?? throw new InvalidOperationException("the agent's status shows no first sync");
        if (target.Recorder.Writes - writesBefore < specs)
        {
            throw new InvalidOperationException($"the first sync wrote {target.Recorder.Writes - writesBefore} metadata on the node, not {specs}");
        }

        var changes = new Samples();
        var budget = sizes.Budget();
        for (var i = 1; i <= sizes.Syncs && budget.AllowsAnother(changes.Count); i++)
        {
            await repository.ChangeAsync(1 + (i % specs), "change" + i.ToString(CultureInfo.InvariantCulture), cancellationToken);
            var sync = Stopwatch.GetTimestamp();
            await agent.ExpectSyncAsync("succeeded", 1, cancellationToken);
            changes.Add(Stopwatch.GetElapsedTime(sync));
        }

        var polls = await Samples.TimeAsync(sizes.Polls, sizes.Budget(), token => agent.ExpectSyncAsync("up_to_date", 0, token), cancellationToken);
        var resident = agent.Node.ResidentBytes;

        // Then as the idle node is read: left alone for a while, as an agent is between pushes.
        await Task.Delay(Rest, cancellationToken);
        return new SyncFigures(specs, firstSync, changes, polls, resident, agent.Node.ResidentBytes);
    }
}
