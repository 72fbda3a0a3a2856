using System.Globalization;

namespace Overlord.Bench.Measuring;

/// <summary>A process's resident set size, as the kernel reports it in <c>/proc/PID/status</c> (VmRSS).</summary>
public static class ResidentMemory
{
    public static long BytesOf(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"no VmRSS for process {processId}");
    }
}
