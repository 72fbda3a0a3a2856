namespace Overlord.Core;

/// <summary>
/// The one exception type for failures that end a command: it carries the sysexits code to exit with.
/// Caught only at the edges (the CLI's main, an HTTP error helper, a job runner).
/// </summary>
public class OverlordException : Exception
{
    public OverlordException()
        : this("unexpected failure", ExitCodes.Software)
    {
    }

    public OverlordException(string message)
        : this(message, ExitCodes.Software)
    {
    }

    public OverlordException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Software;
    }

    public OverlordException(string message, int exitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    /// <summary>The sysexits code (see <see cref="ExitCodes"/>).</summary>
    public int ExitCode { get; }
}
