using Overlord.Agent.Coordination;

namespace Overlord.Agent.Tests.Coordination;

public sealed class SyncScheduleTests
{
    [Theory]
    [InlineData(0.0, 54)]
    [InlineData(0.5, 60)]
    [InlineData(1.0, 66)]
    public void NextDelay_StaysWithinTenPercentOfTheInterval(double random, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SyncSchedule.NextDelay(TimeSpan.FromSeconds(60), random));
}
