namespace Overlord.Runtime.VmJail;

/// <summary>
/// What vm-bhyve's <c>vm start</c> and <c>vm install</c> print when they do not start the guest. In lib/vm-core,
/// <c>core::__start</c> prints <c>"  ! reason"</c> on stdout and returns 1, but <c>core::start</c>'s loop ends on an
/// assignment (<c>_done="1"</c>), so <c>vm start</c> exits 0 all the same: a missing cpu or memory, a missing loader
/// or an invalid guest is only seen in that line.
/// </summary>
internal static class VmBhyveOutput
{
    private const string RefusalPrefix = "  ! ";

    /// <summary>Printed when the guest is already up: it is running, which is what was asked.</summary>
    private const string AlreadyRunning = "  ! guest appears to be running already";

    /// <summary>The first line where vm-bhyve said it did not start the guest, without its marker; null when it started.</summary>
    public static string? Refusal(string stdout) =>
        stdout.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith(RefusalPrefix, StringComparison.Ordinal) && line != AlreadyRunning)
            .Select(line => line[RefusalPrefix.Length..].Trim())
            .FirstOrDefault();
}
