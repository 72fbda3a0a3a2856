using System.Globalization;
using Overlord.Platform.Processes;

namespace Overlord.Runtime.Tests.TestSupport;

/// <summary>Looks for live processes by a marker in their command line, with ps (portable across Linux, FreeBSD and macOS).</summary>
public static class ProcessTable
{
    /// <summary>Pids of live (not zombie) processes whose arguments contain <paramref name="marker"/>.</summary>
    public static async Task<IReadOnlyList<int>> FindAsync(string marker)
    {
        var result = await ToolRunner.RunAsync(
            "ps", ["-A", "-ww", "-o", "pid=,stat=,args="], new ToolRunOptions { Timeout = TimeSpan.FromSeconds(10) }, TestContext.Current.CancellationToken);
        var pids = new List<int>();
        foreach (var line in result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 3 && !fields[1].StartsWith('Z') && fields[2].Contains(marker, StringComparison.Ordinal))
            {
                pids.Add(int.Parse(fields[0], CultureInfo.InvariantCulture));
            }
        }

        return pids;
    }

    /// <summary>True while the pid names a live (not zombie) process.</summary>
    public static async Task<bool> IsAliveAsync(int pid)
    {
        var result = await ToolRunner.RunAsync(
            "ps", ["-o", "stat=", "-p", pid.ToString(CultureInfo.InvariantCulture)], new ToolRunOptions { Timeout = TimeSpan.FromSeconds(10) }, TestContext.Current.CancellationToken);
        var state = result.StdOut.Trim();
        return result.Succeeded && state.Length > 0 && !state.StartsWith('Z');
    }

    public static async Task KillAsync(int pid)
    {
        await ToolRunner.RunAsync("kill", ["-9", pid.ToString(CultureInfo.InvariantCulture)], null, TestContext.Current.CancellationToken);
    }
}
