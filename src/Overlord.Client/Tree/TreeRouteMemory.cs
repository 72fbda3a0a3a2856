using System.Collections.Concurrent;

namespace Overlord.Client.Tree;

/// <summary>
/// Which nodes answered <c>GET /v1/tree/...</c> with the original's 404 (issue 10.1): an original node, or one of
/// ours too old for the resource. They are walked the original's way at once, without asking the tree route
/// first, until <see cref="Expiry"/> has passed, so that a node upgraded in place is noticed.
/// </summary>
public sealed class TreeRouteMemory
{
    /// <summary>How long a node is remembered as having no tree route.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lacking = new(StringComparer.Ordinal);

    /// <summary>The memory every client of the process shares, keyed by entrypoint and chain path.</summary>
    public static TreeRouteMemory Shared { get; } = new();

    /// <summary>Whether <paramref name="node"/> said it had no tree route less than <see cref="Expiry"/> ago.</summary>
    public bool LacksTreeRoute(string node, DateTimeOffset now)
    {
        if (!_lacking.TryGetValue(node, out var until))
        {
            return false;
        }

        if (until > now)
        {
            return true;
        }

        _lacking.TryRemove(KeyValuePair.Create(node, until));
        return false;
    }

    public void RememberLacking(string node, DateTimeOffset now) => _lacking[node] = now + Expiry;

    /// <summary>Forgets a node (tests, or a caller that knows it was upgraded).</summary>
    public void Forget(string node) => _lacking.TryRemove(node, out _);
}
