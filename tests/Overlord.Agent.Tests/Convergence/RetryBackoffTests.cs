using Overlord.Agent.Convergence;

namespace Overlord.Agent.Tests.Convergence;

public sealed class RetryBackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(5, 480)]
    [InlineData(6, 960)]
    public void After_NthFailure_Waits30SecondsDoubledEachTime(int attempts, int seconds)
    {
        var wait = RetryBackoff.After(attempts);

        Assert.Equal(TimeSpan.FromSeconds(seconds), wait);
    }

    [Fact]
    public void After_SeventhFailure_IsCappedAtThirtyMinutes()
    {
        var wait = RetryBackoff.After(7);

        Assert.Equal(TimeSpan.FromMinutes(30), wait);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(int.MaxValue)]
    public void After_ManyFailures_StaysAtThirtyMinutes(int attempts)
    {
        var wait = RetryBackoff.After(attempts);

        Assert.Equal(TimeSpan.FromMinutes(30), wait);
    }

    [Fact]
    public void After_NoFailureCounted_WaitsTheFirstBackoff()
    {
        var wait = RetryBackoff.After(0);

        Assert.Equal(TimeSpan.FromSeconds(30), wait);
    }
}
