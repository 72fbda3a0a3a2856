using Microsoft.Extensions.Logging;
using Overlord.Agent.Git;
using Polly;

namespace Overlord.Agent.Notes;

/// <summary>
/// Line-per-event notes on commits in one notes ref. Each append is one notes commit that keeps the old lines as
/// they were and adds the new ones; pushes merge concurrent writers with cat_sort_uniq, which never conflicts.
/// </summary>
public sealed partial class NotesStore : IDisposable
{
    public const string MergeStrategy = "cat_sort_uniq";

    private readonly GitRepository _git;
    private readonly ILogger<NotesStore> _logger;

    // Appends, merges and pushes all rewrite the local notes ref; one at a time per store.
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Pushes again after a lost race, with a growing pause: see PushAsync.
    private readonly ResiliencePipeline<NotesPushResult> _pushPipeline;

    /// <param name="git">The repository whose notes ref this store writes.</param>
    /// <param name="options">The notes ref, and the retries of a push that lost a race.</param>
    /// <param name="timeProvider">The clock of the pauses between pushes.</param>
    /// <param name="logger">Where lost races and given-up pushes are logged.</param>
    /// <param name="pushPipeline">The registered <see cref="NotesPushPipeline"/>; without it, one made from <paramref name="options"/>.</param>
    public NotesStore(GitRepository git, NotesOptions options, TimeProvider timeProvider, ILogger<NotesStore> logger, ResiliencePipeline<NotesPushResult>? pushPipeline = null)
    {
        _git = git;
        _logger = logger;
        Ref = NotesRefName.Normalize(options.Ref);
        TrackingRef = NotesRefName.TrackingRef(Ref, git.RemoteName);
        _pushPipeline = pushPipeline
            ?? NotesPushPipeline.Configure(new ResiliencePipelineBuilder<NotesPushResult> { TimeProvider = timeProvider }, options, logger).Build();
    }

    /// <summary>The full notes ref, e.g. <c>refs/notes/overlord</c>.</summary>
    public string Ref { get; }

    /// <summary>Where the remote's notes are fetched to before a merge, e.g. <c>refs/notes/remotes/origin/overlord</c>.</summary>
    public string TrackingRef { get; }

    /// <summary>Fetches the remote's notes ref into <see cref="TrackingRef"/>. The trailing globs match an empty
    /// string, so the fetch also succeeds while the remote has no notes yet.</summary>
    public string FetchRefspec => $"+{Ref}*:{TrackingRef}*";

    /// <summary>Adds lines to the note of <paramref name="commit"/> in one notes commit. Nothing happens for no lines.</summary>
    public async Task AppendAsync(string commit, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0)
        {
            return;
        }

        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) || line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal))
            {
                throw new ArgumentException("A note line must be one non-empty line", nameof(lines));
            }
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var existing = await _git.ShowNoteAsync(Ref, commit, cancellationToken) ?? string.Empty;
            if (existing.Length > 0 && !existing.EndsWith('\n'))
            {
                existing += "\n";
            }

            await _git.WriteNoteAsync(Ref, commit, existing + string.Join('\n', lines) + "\n", cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The non-empty lines of the note of <paramref name="commit"/>; none when it has no note.</summary>
    public async Task<IReadOnlyList<string>> ReadLinesAsync(string commit, CancellationToken cancellationToken)
    {
        var note = await _git.ShowNoteAsync(Ref, commit, cancellationToken);
        return note is null ? [] : note.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Fetches the remote's notes and merges them into the local ref.</summary>
    public async Task PullAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await _git.FetchRefspecsAsync([FetchRefspec], cancellationToken);
            await MergeFetchedCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
