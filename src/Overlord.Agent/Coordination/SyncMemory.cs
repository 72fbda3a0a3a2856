using System.Runtime;
using System.Runtime.InteropServices;

namespace Overlord.Agent.Coordination;

/// <summary>
/// Gives back the memory syncs leave behind (issue 14.6). The GC returns free memory to the system a little at each
/// collection, and an agent waiting for the next push allocates nothing, so nothing collects: what the last syncs
/// left stays resident. A first sync of ten thousand specs allocates gigabytes while it builds the state it keeps, and
/// leaves the heap at three times what it uses (120 MiB committed for 35 MiB live); a run of syncs of one spec each
/// leaves 60 MiB more than the heap holds. So the agent compacts once after a sync that allocated more than
/// <see cref="Burst"/>, and once when it has rested <see cref="Rest"/> after syncs with more than <see cref="Slack"/>
/// kept beyond its heap: each is one blocking collection (about 50 ms for 35 MiB), never on a sync's path, followed
/// by the same for the C library's heap where it has a call for it.
/// </summary>
internal static class SyncMemory
{
    /// <summary>What a sync must allocate to be followed by a compaction: a sync of one spec among ten thousand allocates about 10 MiB.</summary>
    public const long Burst = 256L * 1024 * 1024;

    /// <summary>Free memory the heap may keep committed for the next syncs while the agent rests.</summary>
    public const long Slack = 32L * 1024 * 1024;

    /// <summary>How long without a sync makes the agent at rest: longer than the gaps within a burst of pushes.</summary>
    public static readonly TimeSpan Rest = TimeSpan.FromSeconds(5);

    /// <summary>Bytes allocated by the process so far (cheap: no collection).</summary>
    public static long Allocated() => GC.GetTotalAllocatedBytes(precise: false);

    /// <summary>Compacts when more than <see cref="Burst"/> was allocated since <paramref name="before"/>.</summary>
    public static bool CompactAfter(long before)
    {
        if (Allocated() - before < Burst)
        {
            return false;
        }

        Compact();
        return true;
    }

    /// <summary>Compacts when the heap, at its last collection, kept more than <see cref="Slack"/> committed beyond what it holds.</summary>
    public static bool CompactWhenSlack()
    {
        var heap = GC.GetGCMemoryInfo();
        if (heap.TotalCommittedBytes - heap.HeapSizeBytes <= Slack)
        {
            return false;
        }

        Compact();
        return true;
    }

    private static void Compact()
    {
        // Aggressive also compacts the large object heap (the dictionaries of ten thousand specs live there) and
        // decommits every free region, where a plain collection keeps them for the next allocations.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        TrimNativeHeap();
    }

    // int malloc_trim(size_t pad)
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MallocTrim(nuint pad);

    private static readonly Lazy<MallocTrim?> GlibcTrim = new(FindMallocTrim);

    /// <summary>
    /// glibc keeps what native code freed (libgit2's trees and blobs, SQLite's pages) in its arenas, one per thread
    /// that allocated: after ten thousand specs that is 15 to 20 MiB no one uses. malloc_trim gives it back. Other C
    /// libraries (FreeBSD's jemalloc, musl) have no such call and return memory their own way: nothing is done there.
    /// </summary>
    private static void TrimNativeHeap() => GlibcTrim.Value?.Invoke(0);

    private static MallocTrim? FindMallocTrim() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "malloc_trim", out var export)
            ? Marshal.GetDelegateForFunctionPointer<MallocTrim>(export)
            : null;
}
