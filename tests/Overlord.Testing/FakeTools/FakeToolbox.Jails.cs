using System.Globalization;

namespace Overlord.Testing.FakeTools;

public sealed partial class FakeToolbox
{
    /// <summary>A jail's folder in <see cref="JailsDirectory"/>.</summary>
    public string JailPath(string jail) => Path.Combine(JailsDirectory, jail);

    /// <summary>
    /// Lays out a jail as AppJail does: JAILS/NAME/jail, conf/config.conf, .done, conf/boot/network/reserved.NET,
    /// conf/boot/expose/NRO/..., conf/labels/LABEL/value; and marks it running when asked.
    /// </summary>
    public void AddJail(FakeJail jail)
    {
        ArgumentNullException.ThrowIfNull(jail);
        var root = JailPath(jail.Name);
        Directory.CreateDirectory(Path.Combine(root, "jail"));
        WriteLines(Path.Combine(root, "conf", "config.conf"),
            "appjail_version: 4.6.0", "birth: 1735689600", $"osarch: {jail.Arch}", $"osversion: {jail.Version}",
            $"jail_type: {jail.Type}", $"release_name: {jail.ReleaseName}");
        File.WriteAllText(Path.Combine(root, ".done"), "");
        foreach (var (network, address) in jail.Networks)
        {
            WriteLines(Path.Combine(root, "conf", "boot", "network", $"reserved.{network}"), address);
        }

        for (var nro = 0; nro < jail.Ports.Count; nro++)
        {
            WriteExpose(Path.Combine(root, "conf", "boot", "expose", nro.ToString(CultureInfo.InvariantCulture)), jail.Ports[nro]);
        }

        foreach (var (label, value) in jail.Labels)
        {
            WriteLines(Path.Combine(root, "conf", "labels", label, "value"), value);
        }

        SetRunning(jail.Name, jail.Running);
    }

    /// <summary>Starts or stops a fake jail (what <c>appjail status</c>, <c>cpuset</c> and <c>rctl</c> see).</summary>
    public void SetRunning(string jail, bool running)
    {
        var marker = Path.Combine(StateDirectory, "appjail", "running", jail);
        if (running)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
            File.WriteAllText(marker, "");
        }
        else if (File.Exists(marker))
        {
            File.Delete(marker);
        }
    }

    /// <summary>Amounts <c>rctl -u jail:NAME</c> reports instead of an idle jail's.</summary>
    public void SetRctlUsage(string jail, IReadOnlyDictionary<string, long> amounts) =>
        WriteLines(Path.Combine(StateDirectory, "rctl", jail), [.. amounts.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key}={pair.Value}"))]);

    /// <summary>The CPU list <c>appjail cpuset NAME</c> prints for a running jail (default <c>0, 1</c>).</summary>
    public void SetCpuset(string jail, string cpus) => WriteLines(Path.Combine(StateDirectory, "appjail", "cpuset", jail), cpus);

    /// <summary>As <c>appjail expose</c> writes an entry (pf).</summary>
    private static void WriteExpose(string folder, FakePort port)
    {
        var rule = string.Create(CultureInfo.InvariantCulture,
            $"rdr pass on \"em0\" inet proto {port.Protocol} from any to (em0) port {port.HostPort} -> 10.0.0.2 port {port.JailPort}");
        var files = new Dictionary<string, string>
        {
            ["enabled"] = "1",
            ["name"] = "",
            ["pf-rule"] = rule,
            ["network_name"] = "",
            ["hport"] = port.HostPort.ToString(CultureInfo.InvariantCulture),
            ["jport"] = port.JailPort.ToString(CultureInfo.InvariantCulture),
            ["protocol"] = port.Protocol,
            ["ext_if"] = "em0",
            ["on_if"] = "em0",
            ["ext_ip"] = "",
        };
        foreach (var (name, value) in files)
        {
            WriteLines(Path.Combine(folder, name), value);
        }
    }

    /// <summary>Each line followed by a newline, as AppJail's <c>printf "%s\n"</c>.</summary>
    private static void WriteLines(string file, params string[] lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, string.Concat(lines.Select(line => line + "\n")));
    }
}
