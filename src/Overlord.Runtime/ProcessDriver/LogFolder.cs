using System.Globalization;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>One operation's log folder, named as Director names it (<c>2026-01-02_10h11m12s</c>), holding <c>SERVICE/TYPE.log</c> files.</summary>
internal sealed class LogFolder(string logsDirectory, DateTime startedAt)
{
    public string Name { get; } = startedAt.ToString("yyyy-MM-dd_HH'h'mm'm'ss's'", CultureInfo.InvariantCulture);

    /// <summary>The path of a service's log of one type (makejail, start, stop, destroy, scripts); its folder is made.</summary>
    public string PathFor(string service, string type)
    {
        var directory = Path.Combine(logsDirectory, Name, service);
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, $"{type}.log");
    }

    /// <summary>A folder named after the local time now, as Director names it.</summary>
    public static LogFolder StartingNow(string logsDirectory, TimeProvider timeProvider) => new(logsDirectory, timeProvider.GetLocalNow().DateTime);
}
