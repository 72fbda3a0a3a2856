namespace Overlord.Runtime.Inspection;

/// <summary>The per-jail items of the API's <c>jail/{item}/{jail}</c> routes (reference section 12).</summary>
public enum JailItemKind
{
    Devfs,
    Expose,
    Healthcheck,
    Limits,
    Fstab,
    Labels,
    Nat,
    Volumes,
}
