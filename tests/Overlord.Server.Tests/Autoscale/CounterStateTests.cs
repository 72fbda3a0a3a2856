using Overlord.Server.Autoscale;

namespace Overlord.Server.Tests.Autoscale;

public sealed class CounterStateTests
{
    [Fact]
    public void Next_FirstReading_IsTheValue() => Assert.Equal(7, CounterState.Next(null, 7).Total);

    [Fact]
    public void Next_GrowingCounter_IsTheCurrentValue() => Assert.Equal(15, CounterState.Next(new CounterState(10, 0), 15).Total);

    [Fact]
    public void Next_AfterAReset_AddsWhatWasCountedBefore() => Assert.Equal(103, CounterState.Next(new CounterState(100, 0), 3).Total);

    [Fact]
    public void Next_ReadingsAfterAReset_CountTheOldRunOnce()
    {
        var state = CounterState.Next(null, 100);
        state = CounterState.Next(state, 3);
        state = CounterState.Next(state, 5);
        state = CounterState.Next(state, 5);

        Assert.Equal(105, state.Total);
    }

    [Fact]
    public void Accumulates_CountersAndMaxima_NotGauges()
    {
        Assert.True(CounterState.Accumulates("Counter"));
        Assert.True(CounterState.Accumulates("Max"));
        Assert.False(CounterState.Accumulates("Gauge"));
    }
}
