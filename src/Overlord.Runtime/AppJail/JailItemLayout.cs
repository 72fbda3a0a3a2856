using Overlord.Core.Jails;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// Where AppJail keeps one kind of item under <c>JAILS/JAIL/conf</c> and how its keywords map to files
/// (reference section 12): numbered entries (<c>boot/devfs/0/rule</c>) are indexed by <c>nro</c>, named ones
/// (<c>labels/NAME/value</c>, <c>boot/nat/NETWORK/pf-nat.conf</c>, <c>volumes/NAME/mountpoint</c>) by a name.
/// </summary>
internal sealed record JailItemLayout(string Folder, bool Numbered, string IndexKey, string KeywordGroup, Func<string, string?> FileOf)
{
    public static JailItemLayout For(JailItem item) => item switch
    {
        JailItem.Devfs => new("boot/devfs", true, "nro", "devfs", SameName),
        JailItem.Expose => new("boot/expose", true, "nro", "expose", keyword => keyword == "rule" ? "pf-rule" : keyword),
        JailItem.Healthcheck => new("boot/health", true, "nro", "healthcheck", SameName),
        JailItem.Limits => new("boot/limits", true, "nro", "limits", SameName),
        JailItem.Fstab => new("boot/fstab", true, "nro", "fstab", FstabFile),
        JailItem.Labels => new("labels", false, "name", "label", SameName),
        JailItem.Nat => new("boot/nat", false, "network", "nat", keyword => keyword == "rule" ? "pf-nat.conf" : null),
        JailItem.Volumes => new("volumes", false, "name", "volume", SameName),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "unknown jail item"),
    };

    private static string? SameName(string keyword) => keyword;

    /// <summary>
    /// AppJail's fstab files are named after fstab(5)'s fields. The original never mapped <c>pass</c> (it compared
    /// instead of assigning, so it read a file named <c>pass</c> that does not exist); here it reads <c>fs_passno</c>.
    /// </summary>
    private static string? FstabFile(string keyword) => keyword switch
    {
        "device" => "fs_spec",
        "mountpoint" => "fs_file",
        "type" => "fs_vfstype",
        "options" => "fs_mntops",
        "dump" => "fs_freq",
        "pass" => "fs_passno",
        _ => keyword,
    };
}
