using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>
/// packaging/freebsd/make-dist, fed the build the tests already use (no second publish): the tarball holds the
/// paths hier(7) and the rc script expect, with their modes, and its wrapper runs overlord where it was extracted.
/// </summary>
public sealed class FreeBsdDistributionTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-dist");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_tarball_lays_overlord_out_under_usr_local_and_its_wrapper_runs()
    {
        var build = Path.GetDirectoryName(RepositoryLayout.OverlordExecutable)!;
        var dist = await RunAsync(RepositoryLayout.PathOf("packaging", "freebsd", "make-dist"), [_folder.Combine("out")], new() { ["OVERLORD_PUBLISH_DIR"] = build });
        Assert.True(dist.ExitCode == 0, dist.StdErr);
        var tarball = Assert.Single(Directory.GetFiles(_folder.Combine("out"), "overlord-*-freebsd.tar.gz"));

        var listing = await RunAsync("tar", ["-tzvf", tarball], []);
        Assert.Matches(@"(?m)^-r-xr-xr-x root/root .* usr/local/bin/overlord$", listing.StdOut);
        Assert.Matches(@"(?m)^-r-xr-xr-x root/root .* usr/local/etc/rc\.d/overlord$", listing.StdOut);
        Assert.Matches(@"(?m) usr/local/etc/overlord\.yml\.sample$", listing.StdOut);
        Assert.Matches(@"(?m) usr/local/etc/newsyslog\.conf\.d/overlord\.conf$", listing.StdOut);
        Assert.Matches(@"(?m) usr/local/share/man/man1/overlord\.1$", listing.StdOut);
        Assert.Matches(@"(?m) usr/local/share/man/man5/overlord-spec\.5$", listing.StdOut);
        Assert.Matches(@"(?m) usr/local/share/overlord/overlord\.dll$", listing.StdOut);
        Assert.Matches(@"(?m) usr/local/share/examples/overlord/README\.md$", listing.StdOut);
        Assert.DoesNotMatch(@"(?m)^d", listing.StdOut);
        Assert.DoesNotMatch(@"(?m)\.pdb$", listing.StdOut);

        Directory.CreateDirectory(_folder.Combine("root"));
        Assert.Equal(0, (await RunAsync("tar", ["-xzf", tarball, "-C", _folder.Combine("root")], [])).ExitCode);
        var version = await RunAsync(_folder.Combine("root", "usr", "local", "bin", "overlord"), ["version"], []);
        Assert.Equal(ExitCodes.Ok, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.StdOut);
    }

    private static Task<ToolResult> RunAsync(string program, string[] arguments, Dictionary<string, string> environment) =>
        ToolRunner.RunAsync(
            program,
            arguments,
            new ToolRunOptions { Environment = environment, Timeout = TimeSpan.FromSeconds(120) },
            TestContext.Current.CancellationToken);
}
