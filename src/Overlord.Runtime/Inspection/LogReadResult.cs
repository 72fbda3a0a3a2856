namespace Overlord.Runtime.Inspection;

/// <summary>
/// One log as served by the log routes: its text without terminal sequences, whether only its end was kept,
/// or why it was not read.
/// </summary>
public sealed record LogReadResult(LogReadStatus Status, string Content, bool Truncated, string? Problem)
{
    public static LogReadResult Found(string content, bool truncated) => new(LogReadStatus.Found, content, truncated, null);

    public static LogReadResult NotFound() => new(LogReadStatus.NotFound, "", false, "Log cannot be found.");

    public static LogReadResult Refused(string problem) => new(LogReadStatus.Refused, "", false, problem);
}
