using System.Globalization;
using System.Runtime.InteropServices;

namespace Overlord.Bench.Report;

/// <summary>What the figures were measured on: read from /proc and /etc/os-release, as uname and lscpu would show it.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string MemoryTotal, string System, string Kernel, string Runtime, string LoadAtStart)
{
    public static MachineInfo Read() => new(
        Field("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        Field("/proc/meminfo", "MemTotal", ':') is { } kilobytes ? GigaBytes(kilobytes) : "?",
        Field("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription,
        Text("/proc/sys/kernel/osrelease") ?? "?",
        RuntimeInformation.FrameworkDescription,
        string.Join(' ', (Text("/proc/loadavg") ?? "?").Split(' ').Take(3)));

    private static string GigaBytes(string kilobytes) =>
        (long.Parse(kilobytes.Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " GiB";

    private static string? Field(string file, string name, char separator)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Select(line => line.Split(separator, 2))
            .FirstOrDefault(parts => parts.Length == 2 && parts[0].Trim() == name)?[1].Trim();
    }

    private static string? Text(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : null;
}
