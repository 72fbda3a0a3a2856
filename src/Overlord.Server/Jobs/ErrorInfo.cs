namespace Overlord.Server.Jobs;

/// <summary>An exception as a status shows it: <c>{"type":..., "message":...}</c> (the original's <c>exception</c> field).</summary>
public sealed record ErrorInfo(string Type, string Message)
{
    public static ErrorInfo From(Exception exception) => new(exception.GetType().Name, exception.Message);
}
