namespace Overlord.Core;

/// <summary>
/// A token, password or key. Its <see cref="ToString"/> prints <c>***</c>, so a record that holds one
/// can be logged or printed without leaking it; only <see cref="Reveal"/> gives the value.
/// </summary>
public sealed class Secret : IEquatable<Secret>
{
    public Secret(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    private string Value { get; }

    /// <summary>True for an empty secret (a placeholder left empty).</summary>
    public bool IsEmpty => Value.Length == 0;

    /// <summary>The value itself, for the one place that must send or use it.</summary>
    public string Reveal() => Value;

    /// <inheritdoc />
    public override string ToString() => "***";

    /// <inheritdoc />
    public bool Equals(Secret? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Secret);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}
