namespace Overlord.Testing.FakeTools;

/// <summary>One call of a fake tool as it recorded it: which tool, its arguments, where it ran and its OVERLORD_* variables.</summary>
public sealed record FakeToolCall(
    string Tool,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The call as a shell-like line (<c>appjail-director up -j ...</c>), handy in assertions.</summary>
    public string CommandLine => string.Join(' ', [Tool, .. Arguments]);
}
