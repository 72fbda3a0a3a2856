using System.Globalization;

namespace Overlord.FakeTools;

/// <summary>
/// The values `appjail jail get` prints for a jail, read from the files AppJail keeps under JAILS/NAME
/// (share/appjail/cmd/jail, jail_get): conf/config.conf (osversion, jail_type, ...), conf/template.conf,
/// conf/boot/... markers, conf/boot/network/reserved.NETWORK (the jail's IPv4 address on that network) and
/// conf/boot/expose/NRO (its exposed ports). What the real one asks the kernel (running, inet) comes from the
/// fake's running marker. Null means AppJail does not know the keyword.
/// </summary>
internal sealed class JailKeywords(JailStore jails, string jail)
{
    private const string CreatedFormat = "yyyy-MM-dd HH:mm:ss";

    private readonly string _root = jails.PathOf(jail);

    public string? Value(string keyword) => keyword switch
    {
        "alt_name" => FirstLine("conf/labels/appjail.dns.alt-name/value"),
        "appjail_version" => Config("appjail_version"),
        "arch" => Config("osarch"),
        "boot" => Flag("conf/boot/startup/boot"),
        "container" => FirstLine("conf/boot/oci/container_name"),
        "container_boot" => Flag("conf/boot/oci/boot"),
        "container_image" => Config("container_image"),
        "container_pid" => "",
        "created" => Created(),
        "devfs_ruleset" => FirstLine("conf/boot/devfs_ruleset"),
        "dirty" => File.Exists(Path.Combine(_root, ".done")) ? "0" : "1",
        "ephemeral" => Flag("conf/boot/lifetime/ephemeral"),
        "hostname" => Template("host.hostname"),
        "inet" => jails.IsRunning(jail) ? Join(Networks().Select(network => network.Address)) : "",
        "inet6" => "",
        "ip4" => Template("ip4.addr"),
        "ip6" => Template("ip6.addr"),
        "is_container" => Config("container") is "1" ? "1" : "0",
        "locked" => Flag("conf/boot/lock/locked"),
        "name" => jail,
        "network_ip4" => Join(Networks().Select(network => network.Address)),
        "networks" => Join(Networks().Select(network => network.Name)),
        "path" => Path.Combine(_root, "jail"),
        "priority" => FirstLine("conf/boot/startup/priority", missing: "0"),
        "ports" => Join(Ports()),
        "release_name" => Config("release_name"),
        "status" => jails.IsRunning(jail) ? "UP" : "DOWN",
        "type" => Config("jail_type"),
        "version" => Config("osversion"),
        "version_extra" => "",
        "x11_display" => FirstLine("conf/boot/x11/display"),
        "xephyr_pid" => "",
        _ => null,
    };

    private static string Join(IEnumerable<string> values) => string.Join(',', values);

    private string Flag(string relative) => File.Exists(Path.Combine(_root, relative)) ? "1" : "0";

    private string FirstLine(string relative, string missing = "")
    {
        var file = Path.Combine(_root, relative);
        return File.Exists(file) ? File.ReadLines(file).FirstOrDefault() ?? "" : missing;
    }

    private string Config(string key) => Parameter("conf/config.conf", key);

    private string Template(string key) => Parameter("conf/template.conf", key);

    /// <summary>A `key: value` parameter of an AppJail template file (quotes removed), "" when absent.</summary>
    private string Parameter(string relative, string key)
    {
        var file = Path.Combine(_root, relative);
        if (!File.Exists(file))
        {
            return "";
        }

        var prefix = key + ":";
        var line = File.ReadLines(file).FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal));
        return line is null ? "" : line[prefix.Length..].Trim().Trim('"');
    }

    private string Created() =>
        long.TryParse(Config("birth"), NumberStyles.None, CultureInfo.InvariantCulture, out var birth)
            ? DateTimeOffset.FromUnixTimeSeconds(birth).ToString(CreatedFormat, CultureInfo.InvariantCulture)
            : "";

    private IEnumerable<(string Name, string Address)> Networks()
    {
        var folder = Path.Combine(_root, "conf", "boot", "network");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "reserved.*")
                .Order(StringComparer.Ordinal)
                .Select(file => (Path.GetFileName(file)["reserved.".Length..], File.ReadLines(file).FirstOrDefault() ?? ""))
            : [];
    }

    /// <summary>As `expose list -HIpt ports protocol`: HPORT/PROTO, or HPORT -> JPORT/PROTO, in nro order.</summary>
    private IEnumerable<string> Ports()
    {
        var folder = Path.Combine(_root, "conf", "boot", "expose");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateDirectories(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(nro => int.TryParse(nro, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .OrderBy(nro => int.Parse(nro, CultureInfo.InvariantCulture))
            .Select(nro =>
            {
                string Read(string name) =>
                    File.Exists(Path.Combine(folder, nro, name)) ? File.ReadLines(Path.Combine(folder, nro, name)).FirstOrDefault() ?? "" : "";
                var (host, inside) = (Read("hport"), Read("jport"));
                return (host == inside ? host : $"{host} -> {inside}") + "/" + Read("protocol");
            });
    }
}
