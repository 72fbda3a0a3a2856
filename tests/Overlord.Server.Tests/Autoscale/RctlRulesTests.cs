using Overlord.Core.Specs;
using Overlord.Server.Autoscale;

namespace Overlord.Server.Tests.Autoscale;

public sealed class RctlRulesTests
{
    private static readonly Dictionary<string, ResourceThreshold> MemoryAt100 = new() { ["memoryuse"] = new ResourceThreshold("memoryuse", 100, "100") };

    [Fact]
    public void AnyJail_OneJailAtTheLimit_Fails() =>
        Assert.False(RctlRules.Passes(AutoScaleType.AnyJail, null, MemoryAt100, [Stats(40), Stats(100)]));

    [Fact]
    public void AnyJail_EveryJailBelowTheLimit_Passes() =>
        Assert.True(RctlRules.Passes(AutoScaleType.AnyJail, null, MemoryAt100, [Stats(40), Stats(99)]));

    [Fact]
    public void PercentJail_OneJailAtThePercentOfTheLimit_Fails() =>
        Assert.False(RctlRules.Passes(AutoScaleType.PercentJail, 60, MemoryAt100, [Stats(10), Stats(60)]));

    [Fact]
    public void PercentJail_EveryJailBelowThePercent_Passes() =>
        Assert.True(RctlRules.Passes(AutoScaleType.PercentJail, 60, MemoryAt100, [Stats(59), Stats(10)]));

    [Fact]
    public void AnyProject_SumAtTheLimit_FailsWhereEachJailIsBelow() =>
        Assert.False(RctlRules.Passes(AutoScaleType.AnyProject, null, MemoryAt100, [Stats(50), Stats(50)]));

    [Fact]
    public void PercentProject_SumBelowThePercent_Passes() =>
        Assert.True(RctlRules.Passes(AutoScaleType.PercentProject, 50, MemoryAt100, [Stats(20), Stats(29)]));

    [Fact]
    public void PercentProject_SumAtThePercent_Fails() =>
        Assert.False(RctlRules.Passes(AutoScaleType.PercentProject, 50, MemoryAt100, [Stats(20), Stats(30)]));

    [Fact]
    public void Average_BelowTheLimit_PassesWhereTheSumIsAbove() =>
        Assert.True(RctlRules.Passes(AutoScaleType.Average, null, MemoryAt100, [Stats(150), Stats(40)]));

    [Fact]
    public void Average_AtTheLimit_Fails() =>
        Assert.False(RctlRules.Passes(AutoScaleType.Average, null, MemoryAt100, [Stats(150), Stats(50)]));

    [Fact]
    public void AnyType_AJailWithoutCounters_Fails() =>
        Assert.False(RctlRules.Passes(AutoScaleType.AnyProject, null, MemoryAt100, [Stats(1), new Dictionary<string, long>()]));

    [Fact]
    public void AnyType_AResourceNoJailReports_IsLeftOut() =>
        Assert.True(RctlRules.Passes(AutoScaleType.AnyJail, null, MemoryAt100, [new Dictionary<string, long> { ["pcpu"] = 99 }]));

    [Fact]
    public void Economy_NodeTotalAtALimit_Fails() =>
        Assert.False(RctlRules.EconomyPasses(MemoryAt100, new Dictionary<string, long> { ["memoryuse"] = 100, ["pcpu"] = 5 }));

    [Fact]
    public void Economy_NodeTotalsBelow_Passes() =>
        Assert.True(RctlRules.EconomyPasses(MemoryAt100, new Dictionary<string, long> { ["memoryuse"] = 99 }));

    [Fact]
    public void Economy_NoTotalsAtAll_Fails() =>
        Assert.False(RctlRules.EconomyPasses(MemoryAt100, new Dictionary<string, long>()));

    private static Dictionary<string, long> Stats(long memory) => new() { ["memoryuse"] = memory, ["pcpu"] = 1 };
}
