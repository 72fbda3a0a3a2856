namespace Overlord.Client.Contract;

/// <summary>The per-jail lists served under <c>/v1/jail/{item}/{jail}</c>.</summary>
public enum JailItem
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
