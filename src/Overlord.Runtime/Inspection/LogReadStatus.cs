namespace Overlord.Runtime.Inspection;

/// <summary>What became of a request to read one log.</summary>
public enum LogReadStatus
{
    /// <summary>The log was read (perhaps only its end, see <see cref="LogReadResult.Truncated"/>).</summary>
    Found,

    /// <summary>No such log file (the original's 404 <c>Log cannot be found.</c>).</summary>
    NotFound,

    /// <summary>A segment is not a plain name, or the path would leave the logs folder.</summary>
    Refused,
}
