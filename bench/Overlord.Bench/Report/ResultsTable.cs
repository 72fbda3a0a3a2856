using System.Globalization;
using System.Text;

namespace Overlord.Bench.Report;

/// <summary>The markdown bench/run writes to bench/results.md and prints: the table, then the machine it ran on.</summary>
public static class ResultsTable
{
    public static string Write(IEnumerable<ResultRow> rows, MachineInfo machine, DateTimeOffset date, TimeSpan wallTime, bool quick, IReadOnlySet<string>? only)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(machine);
        var text = new StringBuilder()
            .Append("| Measurement | Measured | Target | Verdict |\n")
            .Append("| --- | --- | --- | --- |\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Measurement} | {row.Measured} | {row.Target} | {row.Verdict} |\n");
        }

        return text
            .Append('\n')
            .Append(CultureInfo.InvariantCulture, $"Measured {date:yyyy-MM-dd HH:mm} UTC{(quick ? " with `--quick` (fewer repetitions, smaller large repository)" : "")}")
            .Append(only is null ? ", " : $", only {string.Join(", ", BenchPhase.All.Where(only.Contains))} (`--only`), ")
            .Append(CultureInfo.InvariantCulture, $"in {wallTime.TotalMinutes:0.0} min, on {machine.Cpu}, {machine.Cores} cores, {machine.MemoryTotal}; ")
            .Append(CultureInfo.InvariantCulture, $"{machine.System}, Linux {machine.Kernel}; {machine.Runtime}; load average at start {machine.LoadAtStart}.\n")
            .ToString();
    }
}
