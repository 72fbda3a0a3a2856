using Overlord.Agent.Git;
using Overlord.Cli;
using Overlord.Core;
using Overlord.Server.Storage;

InheritedSignals.ResetInterrupt();

// Before any SQLite connection opens: FreeBSD has no bundled SQLite build and uses the system library.
if (SqliteNativeLibrary.Install(Environment.GetEnvironmentVariable(SqliteNativeLibrary.OverrideVariable)) is { } sqliteError)
{
    await Console.Error.WriteLineAsync($"overlord: {sqliteError}");
    return ExitCodes.Unavailable;
}

// Before any git operation: FreeBSD has no bundled libgit2 build and uses the system library.
LibGit2NativeLibrary.Install();

return await OverlordCommandLine.RunAsync(args);
