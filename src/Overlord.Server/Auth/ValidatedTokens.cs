using System.Collections.Concurrent;

namespace Overlord.Server.Auth;

/// <summary>
/// Tokens whose signature was verified lately, keyed by the token itself, with their metadata and <c>exp</c>:
/// every call of a tree brings each node the same token, and an HMAC check plus a JSON parse per call is most of
/// what authenticating costs. An entry is trusted for <see cref="Lifetime"/> at most and never past the token's
/// own <c>exp</c> (the caller checks it on every use); the map is emptied when it grows past <see cref="Capacity"/>.
/// </summary>
internal sealed class ValidatedTokens(TimeProvider timeProvider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string token, out IReadOnlyDictionary<string, string> metadata, out double? expires)
    {
        if (_entries.TryGetValue(token, out var entry) && timeProvider.GetUtcNow() < entry.TrustedUntil)
        {
            (metadata, expires) = (entry.Metadata, entry.Expires);
            return true;
        }

        (metadata, expires) = (Empty, null);
        return false;
    }

    public void Add(string token, IReadOnlyDictionary<string, string> metadata, double? expires)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[token] = new Entry(metadata, expires, timeProvider.GetUtcNow() + Lifetime);
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private sealed record Entry(IReadOnlyDictionary<string, string> Metadata, double? Expires, DateTimeOffset TrustedUntil);
}
