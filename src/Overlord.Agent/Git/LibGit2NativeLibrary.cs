using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using LibGit2Sharp;

namespace Overlord.Agent.Git;

/// <summary>
/// Lets libgit2 load where LibGit2Sharp's native package has no build. That package ships Linux, macOS and Windows
/// binaries under a versioned name (<c>git2-5853918</c>); on FreeBSD the system's <c>libgit2.so</c> (pkg libgit2)
/// exports the same <c>git_*</c> functions, so it is loaded in its place. LibGit2Sharp sets its assembly's import
/// resolver itself, so this answers the runtime's last call for a library nothing else found.
/// </summary>
public static class LibGit2NativeLibrary
{
    private static readonly string[] SystemNames =
    [
        "/usr/local/lib/libgit2.so", "libgit2.so", "libgit2.so.1.9", "libgit2.so.1.8", "libgit2.so.1.7", "libgit2.dylib",
    ];

    private static int _installed;
    private static IntPtr _system;

    // git_libgit2_version(int *major, int *minor, int *rev)
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int VersionFunction(out int major, out int minor, out int revision);

    /// <summary>Which library answered: the bundled one, or the system library found.</summary>
    public static string Source { get; private set; } = "bundled";

    /// <summary>Registers the fallback once per process, before the first git operation.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += Resolve;
        }
    }

    /// <summary>The libgit2 in use: its version, its build features and where it was loaded from.</summary>
    public static string Describe()
    {
        Install();
        var version = GlobalSettings.Version;
        var features = version.Features; // Loads the library, through Resolve where there is no bundled build.
        return $"{LoadedVersion() ?? version.LibGit2CommitSha} ({Source}; {features})";
    }

    /// <summary>
    /// The libgit2 LibGit2Sharp loaded (the bundled build or the system's), for the few calls made to it directly;
    /// <see cref="IntPtr.Zero"/> when it cannot be loaded.
    /// </summary>
    internal static IntPtr Handle()
    {
        Install();
        var handle = _system;
        return handle != IntPtr.Zero
            || NativeLibrary.TryLoad("git2-" + GlobalSettings.Version.LibGit2CommitSha[..7], typeof(Repository).Assembly, null, out handle)
            ? handle
            : IntPtr.Zero;
    }

    // The version the loaded library reports of itself (the package's own sha would not name a system libgit2).
    private static string? LoadedVersion()
    {
        var handle = Handle();
        if (handle == IntPtr.Zero || !NativeLibrary.TryGetExport(handle, "git_libgit2_version", out var export))
        {
            return null;
        }

        Marshal.GetDelegateForFunctionPointer<VersionFunction>(export)(out var major, out var minor, out var revision);
        return $"{major}.{minor}.{revision}";
    }

    private static IntPtr Resolve(Assembly assembly, string name)
    {
        if (assembly != typeof(Repository).Assembly || !name.StartsWith("git2", StringComparison.Ordinal))
        {
            return IntPtr.Zero;
        }

        foreach (var system in SystemNames)
        {
            if (NativeLibrary.TryLoad(system, out var handle))
            {
                Source = system + " (system)";
                _system = handle;
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
