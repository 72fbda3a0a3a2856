using System.Runtime.InteropServices;

namespace Overlord.Cli;

/// <summary>
/// A process started in the background by a non-interactive shell (<c>cmd &amp;</c> in a script, a CI job) inherits
/// SIGINT ignored, and .NET then leaves it ignored: Ctrl-C to the process group, or <c>kill -INT</c>, would do
/// nothing. Overlord resets it to the default before .NET sets up its own handling, so SIGINT always stops a node
/// or the demo gracefully, however it was started.
/// </summary>
internal static class InheritedSignals
{
    private const int SigInt = 2;
    private const nint DefaultAction = 0;

    // glibc's and FreeBSD's C library by their run-time names ("libc.so" itself is a linker script on both).
    private static readonly string[] CLibraries = ["libc.so.6", "libc.so.7", "libc.dylib"];

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate nint SignalFunction(int signal, nint handler);

    /// <summary>Call first thing in Main: .NET reads the inherited disposition when it installs its handlers.</summary>
    public static void ResetInterrupt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var name in CLibraries)
        {
            if (NativeLibrary.TryLoad(name, out var library) && NativeLibrary.TryGetExport(library, "signal", out var signal))
            {
                _ = Marshal.GetDelegateForFunctionPointer<SignalFunction>(signal)(SigInt, DefaultAction);
                return;
            }
        }
    }
}
