using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Overlord.Platform.Sqlite;

/// <summary>
/// Lets SQLite load where the bundled native library has no build. The bundled <c>e_sqlite3</c> package ships
/// Linux, macOS and Windows binaries only; on FreeBSD the system's <c>libsqlite3.so</c> (pkg sqlite3) exports
/// the same <c>sqlite3_*</c> functions, so it is loaded in its place. <see cref="OverrideVariable"/> names a
/// library to load instead of the bundled one everywhere (also how the fallback is tested on Linux).
/// </summary>
public static class SqliteNativeLibrary
{
    /// <summary>A library name or path to load instead of the bundled SQLite.</summary>
    public const string OverrideVariable = "OVERLORD_SQLITE_LIBRARY";

    private const string BundledName = "e_sqlite3";
    private static readonly string[] SystemNames = ["libsqlite3.so", "libsqlite3.so.0", "libsqlite3.dylib"];
    private static int _installed;

    /// <summary>Which library answered: the bundled one, the override, or the system library found.</summary>
    public static string Source { get; private set; } = "bundled " + BundledName;

    /// <summary>
    /// Registers the resolver once per process, before the first connection opens. Returns why the named
    /// override cannot be loaded, or null; the override is loaded at once so that a wrong name fails here.
    /// </summary>
    public static string? Install(string? overrideLibrary)
    {
        var chosen = IntPtr.Zero;
        if (!string.IsNullOrEmpty(overrideLibrary))
        {
            if (!NativeLibrary.TryLoad(overrideLibrary, out chosen))
            {
                return $"{OverrideVariable}={overrideLibrary}: the SQLite library cannot be loaded";
            }

            Source = overrideLibrary;
        }

        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            var provider = typeof(SQLitePCL.SQLite3Provider_e_sqlite3).Assembly;
            NativeLibrary.SetDllImportResolver(provider, (name, assembly, path) => Resolve(name, assembly, path, chosen));
        }

        return null;
    }

    /// <summary>The version of the SQLite library in use, as <c>sqlite_version()</c> reports it.</summary>
    public static string Version()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return command.ExecuteScalar() as string ?? "unknown";
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path, IntPtr chosen)
    {
        if (name != BundledName || chosen != IntPtr.Zero)
        {
            return name == BundledName ? chosen : IntPtr.Zero;
        }

        if (NativeLibrary.TryLoad(name, assembly, path, out var bundled))
        {
            return bundled;
        }

        foreach (var system in SystemNames)
        {
            if (NativeLibrary.TryLoad(system, out var handle))
            {
                Source = system + " (system)";
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
