using System.Globalization;

namespace Overlord.Bench.Measuring;

/// <summary>
/// The CPU time (user + system) a process has used, from <c>/proc/PID/stat</c>, in the kernel's USER_HZ ticks
/// (100 per second on Linux whatever the kernel's own tick rate).
/// </summary>
public static class ProcessorTime
{
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");

        // The command name, in parentheses, may hold spaces: the fields are counted after its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
