using System.Diagnostics.CodeAnalysis;
using Overlord.Core.Names;

namespace Overlord.Core.Chains;

/// <summary>
/// A dot-separated path of chain names below a node (<c>alpha.charlie</c>): each segment is the name of a
/// child as configured on the hop that reads it. The root node itself has no path.
/// </summary>
public sealed class ChainPath : IEquatable<ChainPath>
{
    private readonly string[] _segments;

    private ChainPath(string[] segments) => _segments = segments;

    /// <summary>The chain names, from the first hop to the tail.</summary>
    public IReadOnlyList<string> Segments => _segments;

    /// <summary>Parses <paramref name="text"/>, or throws <see cref="ArgumentException"/> naming the bad segment.</summary>
    public static ChainPath Parse(string text) =>
        TryParse(text, out var path, out var error) ? path : throw new ArgumentException(error, nameof(text));

    /// <summary>Parses a dotted chain path; every segment must match <c>^[a-zA-Z0-9_][a-zA-Z0-9_-]*$</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ChainPath? path, [NotNullWhen(false)] out string? error)
    {
        path = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "a chain path needs at least one segment.";
            return false;
        }

        var segments = text.Split('.');
        foreach (var segment in segments)
        {
            if (!NamePatterns.IsChainSegment(segment))
            {
                error = $"{text}: invalid chain segment '{segment}'.";
                return false;
            }
        }

        path = new ChainPath(segments);
        error = null;
        return true;
    }

    /// <summary>This path followed by <paramref name="tail"/> (a child's own path, relative to the tail of this one).</summary>
    public ChainPath Append(ChainPath tail)
    {
        ArgumentNullException.ThrowIfNull(tail);
        return new ChainPath([.. _segments, .. tail._segments]);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('.', _segments);

    /// <inheritdoc />
    public bool Equals(ChainPath? other) => other is not null && _segments.AsSpan().SequenceEqual(other._segments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChainPath);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
