namespace Overlord.Client.Tree;

/// <summary>
/// The optional parts of a tree request: <see cref="Filters"/> (repeatable <c>filter</c> query parameters),
/// <see cref="Items"/> (jail items for <c>jails</c>), and what a forwarding node passes on to its children:
/// the server ids already <see cref="Visited"/> (cycle detection) and its own remaining <see cref="Deadline"/>.
/// </summary>
public sealed record TreeQuery
{
    public IReadOnlyList<string> Filters { get; init; } = [];

    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Sent as <c>X-Overlord-Visited</c>, comma-separated.</summary>
    public IReadOnlyList<string> Visited { get; init; } = [];

    /// <summary>
    /// Time the caller still has; the <c>X-Overlord-Deadline</c> sent is the smallest of this, the client's
    /// per-attempt timeout and what is left of its total timeout.
    /// </summary>
    public TimeSpan? Deadline { get; init; }
}
