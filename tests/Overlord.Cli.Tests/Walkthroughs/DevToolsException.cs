namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>An error the DevTools protocol answered, or an exception thrown in the page.</summary>
internal sealed class DevToolsException(string message) : Exception(message);
