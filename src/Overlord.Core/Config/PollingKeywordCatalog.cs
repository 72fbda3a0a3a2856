namespace Overlord.Core.Config;

/// <summary>
/// The keywords the pollers may collect per group (<c>polling.keywords.&lt;group&gt;</c>), and the narrow
/// lists the original used when the config has no <c>polling</c> section at all.
/// </summary>
public static class PollingKeywordCatalog
{
    /// <summary>Every allowed keyword, per group, in the original's order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Valid { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["jail"] =
        [
            "alt_name", "appjail_version", "arch", "boot", "container", "container_boot", "container_image",
            "container_pid", "created", "devfs_ruleset", "dirty", "ephemeral", "hostname", "inet", "inet6", "ip4",
            "ip6", "is_container", "locked", "name", "network_ip4", "networks", "path", "priority", "ports",
            "release_name", "status", "type", "version", "version_extra", "x11_display", "xephyr_pid",
        ],
        ["stats"] = Stats,
        ["devfs"] = ["enabled", "name", "rule"],
        ["expose"] = ["enabled", "name", "network_name", "hport", "jport", "protocol", "ext_if", "on_if", "rule"],
        ["healthcheck"] =
        [
            "enabled", "health_cmd", "health_type", "interval", "kill_after", "name", "recover_cmd",
            "recover_kill_after", "recover_timeout", "recover_timeout_signal", "recover_total", "recover_type",
            "retries", "start_period", "status", "timeout", "timeout_signal",
        ],
        ["label"] = ["value"],
        ["limits"] = ["action", "enabled", "name", "per", "resource", "rule"],
        ["nat"] = ["rule"],
        ["volume"] = ["name", "mountpoint", "type", "uid", "gid", "perm"],
        ["fstab"] = Fstab,
    }.AsReadOnly();

    /// <summary>The lists that apply when <c>overlord.yml</c> has no <c>polling</c> section (the original's quirk).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Narrow { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["jail"] = ["name", "network_ip4", "ports", "status", "type", "version"],
        ["stats"] = Stats,
        ["devfs"] = ["enabled", "rule", "name"],
        ["expose"] = ["enabled", "name", "network_name", "hport", "jport", "protocol", "ext_if", "on_if"],
        ["healthcheck"] = ["enabled", "name", "status", "health_cmd", "health_type", "recover_cmd", "recover_type"],
        ["label"] = ["value"],
        ["limits"] = ["enabled", "name", "rule"],
        ["nat"] = ["rule"],
        ["volume"] = ["mountpoint", "type", "uid", "gid", "perm"],
        ["fstab"] = Fstab,
    }.AsReadOnly();

    private static string[] Stats =>
    [
        "cputime", "datasize", "stacksize", "coredumpsize", "memoryuse", "memorylocked", "maxproc", "openfiles",
        "vmemoryuse", "pseudoterminals", "swapuse", "nthr", "msgqqueued", "msgqsize", "nmsgq", "nsem", "nsemop",
        "nshm", "shmsize", "wallclock", "pcpu", "readbps", "writebps", "readiops", "writeiops",
    ];

    private static string[] Fstab => ["enabled", "name", "device", "mountpoint", "type", "options", "dump", "pass"];
}
