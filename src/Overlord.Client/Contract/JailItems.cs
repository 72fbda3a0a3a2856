using Overlord.Core.Jails;
namespace Overlord.Client.Contract;

/// <summary>The URL names of <see cref="JailItem"/>, as the original's routes and <c>--jail-item</c> spell them.</summary>
public static class JailItems
{
    public static string ToPath(this JailItem item) => item switch
    {
        JailItem.Devfs => "devfs",
        JailItem.Expose => "expose",
        JailItem.Healthcheck => "healthcheck",
        JailItem.Limits => "limits",
        JailItem.Fstab => "fstab",
        JailItem.Labels => "labels",
        JailItem.Nat => "nat",
        JailItem.Volumes => "volumes",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "unknown jail item"),
    };
}
