using System.Globalization;
using System.Text.Json;

namespace Overlord.Cli.Output;

/// <summary>rctl counters as get-info printed them: the byte counters as <c>N (X MiB)</c>, the others as they are.</summary>
internal static class RctlValues
{
    private static readonly HashSet<string> ByteCounters = new(StringComparer.Ordinal)
    {
        "datasize", "stacksize", "coredumpsize", "memoryuse", "memorylocked", "vmemoryuse", "swapuse", "shmsize", "readbps", "writebps",
    };

    public static string Format(string name, JsonElement value) =>
        ByteCounters.Contains(name) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var bytes)
            ? $"{bytes.ToString(CultureInfo.InvariantCulture)} ({HumanFriendly.Size(bytes)})"
            : PyRepr.Str(value);
}
