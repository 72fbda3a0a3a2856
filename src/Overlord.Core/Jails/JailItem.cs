namespace Overlord.Core.Jails;

/// <summary>
/// The per-jail lists of the API's <c>/v1/jail/{item}/{jail}</c> routes (reference section 12): what the client asks
/// for, the server serves and the runtime reads from AppJail.
/// </summary>
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
