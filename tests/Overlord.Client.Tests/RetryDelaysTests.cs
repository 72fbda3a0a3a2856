using Overlord.Client.Http;

namespace Overlord.Client.Tests;

public sealed class RetryDelaysTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0.2)]
    [InlineData(1, 0.4)]
    [InlineData(3, 1.6)]
    [InlineData(10, 10)]
    public void Without_jitter_the_wait_doubles_up_to_the_cap(int attempt, double seconds)
    {
        var retry = new RetryOptions { BackoffJitter = 0 };

        var wait = RetryDelays.Next(retry, attempt, null, Now, random: 0.5);

        Assert.Equal(seconds, wait.TotalSeconds, precision: 6);
    }

    [Fact]
    public void Full_jitter_scales_the_wait_by_the_random_draw()
    {
        var wait = RetryDelays.Next(new RetryOptions(), attempt: 2, null, Now, random: 0.25);

        Assert.Equal(0.2, wait.TotalSeconds, precision: 6);
    }

    [Fact]
    public void Retry_after_as_a_date_waits_until_that_date()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(Now.AddSeconds(4));

        var wait = RetryDelays.Next(new RetryOptions(), attempt: 0, response, Now, random: 0);

        Assert.Equal(TimeSpan.FromSeconds(4), wait);
    }

    [Fact]
    public void Retry_after_is_ignored_when_not_respected()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(9));

        var wait = RetryDelays.Next(new RetryOptions { RespectRetryAfter = false, BackoffJitter = 0 }, attempt: 0, response, Now, random: 0);

        Assert.Equal(TimeSpan.FromSeconds(0.2), wait);
    }
}
