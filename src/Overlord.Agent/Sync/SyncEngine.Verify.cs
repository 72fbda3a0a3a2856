using Overlord.Agent.Planning;
using Overlord.Agent.Statuses;
using Overlord.Agent.Verification;

namespace Overlord.Agent.Sync;

public sealed partial class SyncEngine
{
    /// <summary>The commit status context of <c>agent.verify</c>'s verdict.</summary>
    public const string VerifyStatusContext = "overlord/verify";

    /// <summary>
    /// A commit <c>agent.verify</c> refuses blocks the sync: nothing is planned or applied, the last applied commit
    /// stays, and the sync's status, the target's note and commit status (and the refused commit's, when it is an
    /// earlier one) name the commit and why. The reconcile still keeps the nodes where the last applied commit puts them.
    /// </summary>
    private async Task<SyncOutcome> UnverifiedAsync(
        SyncRequest request, DateTimeOffset started, string target, string? lastApplied, CommitRejection rejection, CancellationToken cancellationToken)
    {
        var message = rejection.Message(target);
        var outcome = new SyncOutcome
        {
            SyncId = request.SyncId,
            Trigger = request.Trigger,
            State = SyncState.Planned,
            TargetCommit = target,
            BaseCommit = lastApplied,
            Unverified = true,
            Plan = SyncPlan.Empty with { Blocked = message },
            StartedAt = started,
        };
        if (request.Options.DryRun)
        {
            return outcome with { EndedAt = _timeProvider.GetUtcNow() };
        }

        await RecordAsync(outcome, cancellationToken);
        if (_statuses is not null)
        {
            foreach (var sha in new[] { target, rejection.Sha }.Distinct(StringComparer.Ordinal))
            {
                await _statuses.PostAsync(sha, VerifyStatusContext, CommitState.Failure, $"commit {rejection.Sha[..12]} {rejection.Problem}", cancellationToken);
            }
        }

        return await BlockedAsync(outcome, cancellationToken);
    }
}
