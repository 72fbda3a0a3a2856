using System.Runtime.InteropServices;

namespace Overlord.Cli.Demo;

/// <summary>kill(2), which .NET does not offer beyond SIGKILL: the demo stops its nodes with SIGTERM, as an operator does.</summary>
internal static class PosixSignals
{
    private const int TerminateSignal = 15;

    /// <summary>Asks the process to stop; false when it is already gone.</summary>
    public static bool Terminate(int processId) => processId > 1 && Kill(processId, TerminateSignal) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);
}
