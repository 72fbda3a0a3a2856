using Microsoft.Extensions.Logging;

namespace Overlord.Testing;

/// <summary>Loggers for the parts a test builds by hand: what they log goes to the test's output instead of nowhere.</summary>
public static class TestLog
{
    private static readonly ILoggerFactory Factory = LoggerFactory.Create(logging => logging.AddProvider(new TestOutputLoggerProvider()));

    public static ILogger<T> For<T>() => Factory.CreateLogger<T>();
}
