namespace Overlord.Server.Jobs;

public sealed record JobLogLine(DateTimeOffset At, string Line);
