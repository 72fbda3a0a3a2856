using Overlord.Agent.Git;
using Overlord.Core;
using Overlord.Platform.Sqlite;

namespace Overlord.Cli.Commands;

/// <summary>
/// The fallbacks for the native SQLite and libgit2 where their bundled builds are missing (FreeBSD), registered
/// before the first database opens or the first git operation. Only the commands that open a database or a
/// repository (serve, demo, version --verbose) call this: the others do not load those assemblies on their start.
/// </summary>
internal static class NativeLibraries
{
    /// <summary>Throws EX_UNAVAILABLE (69) when <c>OVERLORD_SQLITE_LIBRARY</c> names a library that cannot be loaded.</summary>
    public static void Install()
    {
        if (SqliteNativeLibrary.Install(Environment.GetEnvironmentVariable(SqliteNativeLibrary.OverrideVariable)) is { } error)
        {
            throw new OverlordException(error, ExitCodes.Unavailable);
        }

        LibGit2NativeLibrary.Install();
    }
}
