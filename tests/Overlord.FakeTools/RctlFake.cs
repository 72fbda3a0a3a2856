namespace Overlord.FakeTools;

/// <summary>
/// A fake FreeBSD `rctl`: `rctl -u jail:NAME` prints the jail's resource usage as rctl(8) does, one
/// `resource=amount` line per resource in the kernel's order. Amounts are those of an idle jail unless
/// STATE/rctl/NAME has `resource=amount` lines. A jail that is not running is unknown to the kernel.
/// </summary>
internal sealed class RctlFake(FakeSettings settings)
{
    private const string Usage = "usage: rctl [ -h ] [-a rule | -l filter | -r filter | -u filter | filter]";

    private static readonly (string Resource, long Amount)[] IdleJail =
    [
        ("cputime", 0), ("datasize", 12288), ("stacksize", 0), ("coredumpsize", 0), ("memoryuse", 10485760),
        ("memorylocked", 0), ("maxproc", 4), ("openfiles", 64), ("vmemoryuse", 52428800), ("pseudoterminals", 0),
        ("swapuse", 0), ("nthr", 4), ("msgqqueued", 0), ("msgqsize", 0), ("nmsgq", 0), ("nsem", 0), ("nsemop", 0),
        ("nshm", 0), ("shmsize", 0), ("wallclock", 60), ("pcpu", 0), ("readbps", 0), ("writebps", 0),
        ("readiops", 0), ("writeiops", 0),
    ];

    private readonly JailStore _jails = new(settings);

    public int Run(string[] arguments)
    {
        if (arguments is not ["-u", var filter] || !filter.StartsWith("jail:", StringComparison.Ordinal))
        {
            Console.Error.WriteLine(Usage);
            return 1;
        }

        var jail = filter["jail:".Length..];
        if (!JailStore.IsValidName(jail) || !_jails.Exists(jail) || !_jails.IsRunning(jail))
        {
            Console.Error.WriteLine($"rctl: failed to show resource consumption for '{filter}': No such process");
            return 1;
        }

        var amounts = Overrides(jail);
        foreach (var (resource, amount) in IdleJail)
        {
            Console.WriteLine($"{resource}={amounts.GetValueOrDefault(resource, amount)}");
        }

        return 0;
    }

    private Dictionary<string, long> Overrides(string jail)
    {
        var file = Path.Combine(settings.StateDirectory, "rctl", jail);
        var amounts = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return amounts;
        }

        foreach (var line in File.ReadLines(file))
        {
            var parts = line.Split('=', 2);
            if (parts.Length == 2 && long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var amount))
            {
                amounts[parts[0].Trim()] = amount;
            }
        }

        return amounts;
    }
}
