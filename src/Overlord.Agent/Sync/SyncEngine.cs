using Microsoft.Extensions.Logging;
using Overlord.Agent.Dispatch;
using Overlord.Agent.Git;
using Overlord.Agent.Notes;
using Overlord.Agent.Planning;
using Overlord.Agent.Statuses;
using Overlord.Agent.Store;
using Overlord.Agent.Verification;
using Overlord.Core;
using Overlord.Core.Config;

namespace Overlord.Agent.Sync;

/// <summary>
/// Runs one sync (issue 4): ls-remote (stop when nothing is new), fetch into the cache clone, diff the watched paths,
/// load what changed, plan, persist the plan, dispatch it through the agent's own node, follow the jobs, record
/// each spec's result, advance the last applied commit, write notes and commit statuses. A plan persisted by an
/// agent that died mid-dispatch is resumed first; steps acknowledged with a job id are followed, not sent again.
/// Then, every time, the reconcile (issue 9) brings every node to what the last applied commit says.
/// </summary>
public sealed partial class SyncEngine : ISyncRunner
{
    private readonly AgentSettings _settings;
    private readonly AgentStore _store;
    private readonly GitRepository _git;
    private readonly NotesStore _notes;
    private readonly ISpecDispatcher _dispatcher;
    private readonly CommitStatusWriter? _statuses;
    private readonly SyncEngineOptions _options;
    private readonly WatchedPaths _paths;
    private readonly RevisionSpecLoader _loader;
    private readonly CommitVerifier _verifier;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SyncEngine> _logger;
    private readonly AgentMetrics? _metrics;
    private bool _mirrorReady;

    /// <summary>What the last commit's sync loaded, from which base, and the files its diff deleted: the reconcile advances its specs with it.</summary>
    private (string? BaseCommit, RevisionSpecs Specs, IReadOnlyList<string> Deleted)? _lastLoad;

    public SyncEngine(
        AgentSettings settings, AgentStore store, GitRepository git, NotesStore notes, ISpecDispatcher dispatcher, CommitStatusWriter? statuses,
        SyncEngineOptions options, TimeProvider timeProvider, ILogger<SyncEngine> logger, AgentMetrics? metrics = null)
    {
        _metrics = metrics;
        _settings = settings;
        _store = store;
        _git = git;
        _notes = notes;
        _dispatcher = dispatcher;
        _statuses = statuses;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _paths = new WatchedPaths(settings.Current.Paths, settings.Current.EnvFiles);
        _loader = new RevisionSpecLoader(git, _paths, options.Environment);
        _verifier = new CommitVerifier(git);
    }

    /// <summary>The agent's settings now (a reload changes prune, self_heal and push_notes between syncs).</summary>
    private AgentConfig Current => _settings.Current;

    /// <summary>The watched branch without <c>refs/heads/</c>.</summary>
    private string Branch => Current.Branch.StartsWith("refs/heads/", StringComparison.Ordinal) ? Current.Branch["refs/heads/".Length..] : Current.Branch;

    public async Task<SyncOutcome> RunAsync(SyncRequest request, CancellationToken cancellationToken)
    {
        using var scope = _logger.BeginScope(new Dictionary<string, object?> { ["SyncId"] = request.SyncId, ["Trigger"] = request.Trigger.Text });
        var started = _timeProvider.GetUtcNow();
        _dispatcher.BeginSync();
        SyncOutcome outcome;
        try
        {
            await EnsureMirrorAsync(cancellationToken);
            SyncOutcome? resumed = null;
            if (!request.Options.DryRun && await _store.GetPendingPlanAsync(cancellationToken) is { } pending)
            {
                _logger.LogInformation("Resuming the plan of sync {PendingSyncId} for {Revision}", pending.SyncId, pending.TargetCommit);
                resumed = await ExecuteAsync(pending, null, pending.CreatedAt, cancellationToken);
            }

            outcome = await SyncAsync(request, started, cancellationToken);
            outcome = outcome.State == SyncState.UpToDate && resumed is not null ? resumed : outcome;
        }
        catch (GitException exception)
        {
            _logger.LogError(exception, "Sync failed: {Error}", exception.Message);
            outcome = await ErroredAsync(request, started, null, exception.Message, cancellationToken);
        }

        // The nodes are kept where the last applied commit puts them even while the repository cannot be reached.
        if (!_mirrorReady)
        {
            return outcome;
        }

        try
        {
            return await ReconcileAsync(request, outcome, started, cancellationToken);
        }
        catch (GitException exception)
        {
            _logger.LogWarning(exception, "Reconcile failed: {Error}", exception.Message);
            return outcome;
        }
    }

    private async Task EnsureMirrorAsync(CancellationToken cancellationToken)
    {
        if (!_mirrorReady)
        {
            await _git.EnsureMirrorAsync(Current.Repository, cancellationToken);
            _mirrorReady = true;
        }
    }

    private async Task<SyncOutcome> ErroredAsync(SyncRequest request, DateTimeOffset started, string? target, string message, CancellationToken cancellationToken)
    {
        var outcome = new SyncOutcome
        {
            SyncId = request.SyncId,
            Trigger = request.Trigger,
            State = SyncState.Errored,
            TargetCommit = target,
            Message = UrlCredentials.Redact(message),
            StartedAt = started,
            EndedAt = _timeProvider.GetUtcNow(),
        };
        if (!request.Options.DryRun)
        {
            await RecordAsync(outcome, cancellationToken);
        }

        return outcome;
    }

    private Task RecordAsync(SyncOutcome outcome, CancellationToken cancellationToken) =>
        _store.RecordSyncAsync(
            new SyncHistoryEntry
            {
                SyncId = outcome.SyncId,
                Trigger = outcome.Trigger,
                TargetCommit = outcome.TargetCommit,
                StartedAt = outcome.StartedAt ?? _timeProvider.GetUtcNow(),
                EndedAt = outcome.EndedAt,
                State = outcome.EndedAt is null ? null : outcome.State,
                Message = outcome.Message,
            },
            cancellationToken);
}
