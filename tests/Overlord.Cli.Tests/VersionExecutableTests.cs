using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>
/// <c>overlord version --verbose</c> from the built executable, which is also how the SQLite fallback for FreeBSD
/// (no bundled build there) is proven on Linux: the system library is forced through the override variable.
/// </summary>
public sealed class VersionExecutableTests
{
    [Fact]
    public async Task Verbose_version_names_the_bundled_sqlite_and_libgit2_by_default()
    {
        var result = await RunAsync(new Dictionary<string, string> { ["OVERLORD_SQLITE_LIBRARY"] = "" });

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"(?m)^sqlite: 3\.\d+\.\d+ \(bundled e_sqlite3\)$", result.StdOut);
        Assert.Matches(@"(?m)^libgit2: 1\.\d+\.\d+ \(bundled; .*Ssh.*\)$", result.StdOut);
        Assert.Matches(@"(?m)^runtime: \.NET 10", result.StdOut);
    }

    [Fact]
    public async Task The_system_sqlite_library_serves_when_it_is_named()
    {
        var result = await RunAsync(new Dictionary<string, string> { ["OVERLORD_SQLITE_LIBRARY"] = "libsqlite3.so.0" });

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"(?m)^sqlite: 3\.\d+\.\d+ \(libsqlite3\.so\.0\)$", result.StdOut);
    }

    [Fact]
    public async Task A_sqlite_library_that_cannot_be_loaded_exits_69_naming_it()
    {
        var result = await RunAsync(new Dictionary<string, string> { ["OVERLORD_SQLITE_LIBRARY"] = "/nonexistent/libsqlite3.so" });

        Assert.Equal(ExitCodes.Unavailable, result.ExitCode);
        Assert.Equal("overlord: OVERLORD_SQLITE_LIBRARY=/nonexistent/libsqlite3.so: the SQLite library cannot be loaded\n", result.StdErr);
    }

    [Fact]
    public async Task Plain_version_prints_only_the_version()
    {
        var result = await RunAsync([], "version");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\n$", result.StdOut);
    }

    private static Task<ToolResult> RunAsync(Dictionary<string, string> environment, params string[] arguments) =>
        ToolRunner.RunAsync(
            RepositoryLayout.OverlordExecutable,
            arguments.Length == 0 ? ["version", "--verbose"] : arguments,
            new ToolRunOptions { Environment = environment, Timeout = TimeSpan.FromSeconds(60) },
            TestContext.Current.CancellationToken);
}
