namespace Overlord.Runtime;

/// <summary>
/// What a runtime operation produced, in the shape the original stores as a job's <c>output</c>:
/// the tool's exit code, its stdout parsed as Director's JSON when it is JSON, and its stderr.
/// </summary>
/// <param name="ExitCode">Exit code of the operation (0 is success).</param>
/// <param name="ErrLevel">Director's <c>errlevel</c>: 0 when every service succeeded.</param>
/// <param name="Message">Director's <c>message</c>, or null.</param>
/// <param name="Failed">Director's <c>failed</c> list: which step of which service failed.</param>
/// <param name="StdOut">Raw standard output.</param>
/// <param name="StdErr">Raw standard error.</param>
public sealed record RuntimeResult(
    int ExitCode,
    int ErrLevel,
    string? Message,
    IReadOnlyList<FailedStep> Failed,
    string StdOut,
    string StdErr)
{
    /// <summary>True when the tool exited 0 and no service failed.</summary>
    public bool Succeeded => ExitCode == 0 && ErrLevel == 0 && Failed.Count == 0;
}

/// <summary>One failed step of a service, as Director reports it (<c>{"type":"start","service":"web"}</c>).</summary>
/// <param name="Type">One of makejail, start, stop, destroy, enable-start, oci-user, oci-workdir,
/// oci-environment, runtime-makejail, scripts.</param>
/// <param name="Service">The service name.</param>
public sealed record FailedStep(string Type, string Service);
