using System.Runtime;

namespace Overlord.Agent.Coordination;

/// <summary>
/// Gives back the memory a large sync leaves behind (issue 14.6). A first sync of ten thousand specs allocates a few
/// gigabytes while it builds the state it keeps, and the GC's budgets grow with it: when it ends, the heap holds three
/// times the memory it uses (120 MiB committed for 35 MiB live), and an agent that then waits for the next push never
/// collects again to give it back. After a sync that allocated more than <see cref="Burst"/>, one compacting collection
/// returns the free regions to the system (about 50 ms for 35 MiB). A sync of one spec among ten thousand allocates
/// about 10 MiB and pays nothing.
/// </summary>
internal static class SyncMemory
{
    /// <summary>What a sync must allocate to be followed by a compaction: far above a sync of what changed.</summary>
    public const long Burst = 256L * 1024 * 1024;

    /// <summary>Bytes allocated by the process so far (cheap: no collection).</summary>
    public static long Allocated() => GC.GetTotalAllocatedBytes(precise: false);

    /// <summary>Compacts the heap and returns its free memory when more than <see cref="Burst"/> was allocated since <paramref name="before"/>.</summary>
    public static bool CompactAfter(long before)
    {
        if (Allocated() - before < Burst)
        {
            return false;
        }

        // Aggressive also compacts the large object heap (the dictionaries of ten thousand specs live there) and
        // decommits every free region, where a plain collection keeps them for the next allocations.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return true;
    }
}
