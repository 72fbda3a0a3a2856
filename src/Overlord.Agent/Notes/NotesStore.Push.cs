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
            var pushes = 0;
            var result = await _pushPipeline.ExecuteAsync(
                async token =>
                {
                    // A retry follows a lost race: merge the winner's notes first.
                    if (pushes > 0 && await CatchUpAsync(token) is { } catchUp)
                    {
                        return new NotesPushResult(NotesPushOutcome.Failed, pushes, catchUp);
                    }

                    return await PushOnceAsync(++pushes, token);
                },
                cancellationToken);
            if (result.Outcome == NotesPushOutcome.GaveUp)
            {
                _logger.LogWarning("Gave up pushing {NotesRef} after {Attempts} attempts", Ref, result.Attempts);
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    // One push. A lost race answers GaveUp, which the retry turns into another attempt while it has some left.
    private async Task<NotesPushResult> PushOnceAsync(int attempt, CancellationToken cancellationToken)
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
        return PushRejection.IsRace(push.Error.Message)
            ? new NotesPushResult(NotesPushOutcome.GaveUp, attempt, error)
            : new NotesPushResult(NotesPushOutcome.Failed, attempt, error);
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
}
