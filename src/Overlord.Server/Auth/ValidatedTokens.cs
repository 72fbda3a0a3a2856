using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Overlord.Server.Auth;

/// <summary>
/// Tokens whose signature was verified lately, keyed by the token itself, with what the check found (metadata and scope) and <c>exp</c>:
/// every call of a tree brings each node the same token, and an HMAC check plus a JSON parse per call is most of
/// what authenticating costs. An entry is trusted for <see cref="Lifetime"/> at most and never past the token's
/// own <c>exp</c> (the caller checks it on every use); the map is emptied when it grows past <see cref="Capacity"/>.
/// </summary>
internal sealed class ValidatedTokens(TimeProvider timeProvider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string token, [NotNullWhen(true)] out AuthenticatedToken? check, out double? expires)
    {
        if (_entries.TryGetValue(token, out var entry) && timeProvider.GetUtcNow() < entry.TrustedUntil)
        {
            (check, expires) = (entry.Check, entry.Expires);
            return true;
        }

        (check, expires) = (null, null);
        return false;
    }

    public void Add(string token, AuthenticatedToken check, double? expires)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[token] = new Entry(check, expires, timeProvider.GetUtcNow() + Lifetime);
    }

    private sealed record Entry(AuthenticatedToken Check, double? Expires, DateTimeOffset TrustedUntil);
}
