using System.Runtime.InteropServices;

namespace Overlord.Runtime.Processes;

/// <summary>POSIX signals .NET's Process does not send: it only kills.</summary>
internal static class Signals
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM; false when the process is already gone.</summary>
    public static bool Terminate(int processId) => Kill(processId, SigTerm) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);
}
