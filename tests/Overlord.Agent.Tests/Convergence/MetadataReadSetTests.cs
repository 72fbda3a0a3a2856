using Overlord.Agent.Convergence;

namespace Overlord.Agent.Tests.Convergence;

public sealed class MetadataReadSetTests
{
    [Fact]
    public void ReadsAny_All_TrueForAnyKey()
    {
        Assert.True(MetadataReadSet.All.ReadsAny(["anything"]));
    }

    [Fact]
    public void ReadsAny_KeysNotRead_False()
    {
        Assert.False(MetadataReadSet.Of(["a", "b"]).ReadsAny(["c", "A"]));
    }

    [Fact]
    public void Equals_SameKeysInAnotherOrder_True()
    {
        Assert.Equal(MetadataReadSet.Of(["a", "b"]), MetadataReadSet.Of(["b", "a", "a"]));
    }

    [Fact]
    public void ToString_Keys_ListsThemInOrder()
    {
        Assert.Equal("MetadataReadSet { Keys = [a, b] }", MetadataReadSet.Of(["b", "a"]).ToString());
    }
}
