using Overlord.Agent.Coordination;

namespace Overlord.Agent.Tests.Coordination;

public sealed class SyncMemoryTests
{
    [Fact]
    public void CompactAfter_ASyncThatAllocatedLittle_DoesNothing()
    {
        Assert.False(SyncMemory.CompactAfter(SyncMemory.Allocated()));
    }

    [Fact]
    public void CompactAfter_ASyncThatAllocatedMoreThanABurst_Compacts()
    {
        Assert.True(SyncMemory.CompactAfter(SyncMemory.Allocated() - SyncMemory.Burst));
    }
}
