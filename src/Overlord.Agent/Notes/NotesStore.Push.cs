using Microsoft.Extensions.Logging;
using Overlord.Agent.Git;
using Overlord.Core;
using Overlord.Core.Results;

namespace Overlord.Agent.Notes;

public sealed partial class NotesStore
{
    /// <summary>
    /// Pushes the local notes ref without force. When another writer got there first: wait (50 ms doubling, with
    /// jitter), fetch theirs, merge with cat_sort_uniq, push again; at most <see cref="NotesOptions.MaxPushAttempts"/> pushes.
    /// </summary>
    public async Task<NotesPushResult> PushAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var push = await _git.TryPushAsync($"{Ref}:{Ref}", cancellationToken);
                if (push.IsSuccess)
                {
                    return new NotesPushResult(NotesPushOutcome.Pushed, attempt);
                }

                if (push.Error.Code == ErrorCodes.NotFound)
                {
                    // "src refspec ... does not match any": no local notes ref yet.
                    return new NotesPushResult(NotesPushOutcome.NothingToPush, attempt);
                }

                var error = UrlCredentials.Redact(push.Error.Message.Trim());
                if (!PushRejection.IsRace(push.Error.Message))
                {
                    return new NotesPushResult(NotesPushOutcome.Failed, attempt, error);
                }

                if (attempt >= _options.MaxPushAttempts)
                {
                    _logger.LogWarning("Gave up pushing {NotesRef} after {Attempts} attempts", Ref, attempt);
                    return new NotesPushResult(NotesPushOutcome.GaveUp, attempt, error);
                }

                _logger.LogDebug("Push of {NotesRef} lost a race on attempt {Attempt}, merging the remote notes: {Error}", Ref, attempt, error);
                await Task.Delay(Backoff(attempt), _timeProvider, cancellationToken);
                var catchUp = await CatchUpAsync(cancellationToken);
                if (catchUp is not null)
                {
                    return new NotesPushResult(NotesPushOutcome.Failed, attempt, catchUp);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Merges notes fetched earlier (e.g. by the sync's own fetch with <see cref="FetchRefspec"/>).</summary>
    public async Task MergeFetchedAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await MergeFetchedCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    // Fetch and merge the remote's notes; a race during the fetch is left to the next push attempt. Null when fine.
    private async Task<string?> CatchUpAsync(CancellationToken cancellationToken)
    {
        var fetch = await _git.TryFetchRefspecsAsync([FetchRefspec], cancellationToken);
        if (!fetch.IsSuccess)
        {
            return PushRejection.IsRace(fetch.Error.Message) ? null : UrlCredentials.Redact(fetch.Error.Message.Trim());
        }

        try
        {
            await MergeFetchedCoreAsync(cancellationToken);
            return null;
        }
        catch (GitException exception)
        {
            return exception.Message;
        }
    }

    private async Task MergeFetchedCoreAsync(CancellationToken cancellationToken)
    {
        if (await _git.RevParseAsync(TrackingRef, cancellationToken) is null)
        {
            return;
        }

        await _git.MergeNotesAsync(Ref, TrackingRef, cancellationToken);
    }

    private TimeSpan Backoff(int attempt)
    {
        var doubled = _options.InitialBackoff * Math.Pow(2, attempt - 1);
        return doubled * (0.5 + Random.Shared.NextDouble());
    }
}
