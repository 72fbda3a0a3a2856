using System.Collections.Concurrent;

namespace Overlord.Runtime.Inspection;

/// <summary>
/// Keeps each value for a short time after it was made, and lets callers that arrive while it is being made wait
/// for that same work: a burst of API calls about one jail then runs its tools once (the original ran them from
/// pollers and served a memcached copy). Failed work is not kept. Time comes from a <see cref="TimeProvider"/>.
/// </summary>
internal sealed class ShortLivedCache<TValue>(TimeProvider timeProvider, TimeSpan lifetime)
{
    private const int PruneThreshold = 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The fresh value of <paramref name="key"/>, or the one being made, or a new one from <paramref name="factory"/>.
    /// The factory runs detached from any one caller: a caller that gives up (its token) does not cancel the work
    /// others wait for, so the factory must bound its own time.
    /// </summary>
    public Task<TValue> GetOrAddAsync(string key, Func<Task<TValue>> factory, CancellationToken cancellationToken)
    {
        while (true)
        {
            var found = _entries.TryGetValue(key, out var entry);
            if (found && IsFresh(entry!))
            {
                return entry!.Result.Task.WaitAsync(cancellationToken);
            }

            var fresh = new Entry();
            var won = found ? _entries.TryUpdate(key, fresh, entry!) : _entries.TryAdd(key, fresh);
            if (!won)
            {
                continue;
            }

            PruneIfLarge();
            _ = FillAsync(key, fresh, factory);
            return fresh.Result.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Forgets every kept value (in-flight work still completes for its waiters).</summary>
    public void Clear() => _entries.Clear();

    private async Task FillAsync(string key, Entry entry, Func<Task<TValue>> factory)
    {
        try
        {
            var value = await factory();
            entry.Complete(timeProvider.GetTimestamp());
            entry.Result.SetResult(value);
        }
        catch (Exception exception)
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            entry.Result.SetException(exception);
        }
    }

    private bool IsFresh(Entry entry) =>
        entry.CompletedAt is not { } completedAt || timeProvider.GetElapsedTime(completedAt) < lifetime;

    private void PruneIfLarge()
    {
        if (_entries.Count <= PruneThreshold)
        {
            return;
        }

        foreach (var pair in _entries)
        {
            if (!IsFresh(pair.Value))
            {
                _entries.TryRemove(pair);
            }
        }
    }

    private sealed class Entry
    {
        private const long Pending = long.MinValue;

        private long _completedAt = Pending;

        public TaskCompletionSource<TValue> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set before the result, so a completed entry always has its time.</summary>
        public long? CompletedAt => Volatile.Read(ref _completedAt) is var at && at != Pending ? at : null;

        public void Complete(long at) => Volatile.Write(ref _completedAt, at);
    }
}
