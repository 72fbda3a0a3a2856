using System.Collections.Frozen;
using System.Text;

namespace Overlord.Agent.Convergence;

/// <summary>Which metadata keys a deployment reads: a set of keys, or everything when its reads cannot be known.</summary>
public sealed record MetadataReadSet
{
    /// <summary>True when the reads cannot be known: any metadata change may matter.</summary>
    public bool Everything { get; init; }

    /// <summary>The keys read (empty when <see cref="Everything"/> is true).</summary>
    public IReadOnlySet<string> Keys { get; init; } = FrozenSet<string>.Empty;

    public static MetadataReadSet All { get; } = new() { Everything = true };

    public static MetadataReadSet None { get; } = new();

    public static MetadataReadSet Of(IEnumerable<string> keys) => new() { Keys = keys.ToFrozenSet(StringComparer.Ordinal) };

    public bool Reads(string key) => Everything || Keys.Contains(key);

    /// <summary>Whether a change to any of <paramref name="changedKeys"/> can change what the deployment does.</summary>
    public bool ReadsAny(IEnumerable<string> changedKeys) => Everything || changedKeys.Any(Keys.Contains);

    // A record compares its properties by reference; two sets with the same keys are the same reads.
    public bool Equals(MetadataReadSet? other) =>
        other is not null && Everything == other.Everything && Keys.SetEquals(other.Keys);

    public override int GetHashCode()
    {
        var hash = Everything ? 1 : 0;
        foreach (var key in Keys)
        {
            hash ^= StringComparer.Ordinal.GetHashCode(key);
        }

        return hash;
    }

    // The generated ToString would print the set's type name; tests and logs want the keys.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(Everything ? "Everything = True" : $"Keys = [{string.Join(", ", Keys.Order(StringComparer.Ordinal))}]");
        return true;
    }
}
