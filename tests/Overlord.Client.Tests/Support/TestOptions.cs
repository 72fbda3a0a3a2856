using Overlord.Client.Http;

namespace Overlord.Client.Tests.Support;

/// <summary>Client options that keep tests quick: short timeouts and tiny retry waits.</summary>
internal static class TestOptions
{
    public static ClientOptions Fast { get; } = new()
    {
        ReadTimeout = TimeSpan.FromSeconds(10),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        Retry = new RetryOptions { Total = 3, BackoffFactor = 0.001, MaxBackoffWait = TimeSpan.FromMilliseconds(50) },
    };
}
