namespace Overlord.Server.Storage;

/// <summary>Timestamps are stored as Unix milliseconds (INTEGER) so SQLite can compare and sort them.</summary>
internal static class UnixMilliseconds
{
    public static long From(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset ToTime(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    public static DateTimeOffset? ToTime(object? value) => value is long milliseconds ? ToTime(milliseconds) : null;
}
