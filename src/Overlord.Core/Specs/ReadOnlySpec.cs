namespace Overlord.Core.Specs;

/// <summary><c>readOnly</c>: only the common keys; used by get-info, refused by apply and destroy.</summary>
public sealed record ReadOnlySpec : Spec
{
    /// <inheritdoc />
    public override SpecKind Kind => SpecKind.ReadOnly;
}
