using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>The shipped VM installers failing, and pkgbase, run for real by the runtime against the fake FreeBSD tools.</summary>
public sealed class AppJailRuntimeVmInstallTests
{
    [Fact]
    public async Task Components_WrongChecksum_FailsAndStillDetachesTheDisk()
    {
        using var tools = FakeToolbox.Create();
        var request = VmTestRuntime.Request(VmInstallFixtures.Profile(ComponentsInstallRun.From(VmInstallFixtures.Mirror(tools.Root, goodChecksum: false))));

        var (result, _) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), request);

        Assert.Equal(VmCreateOutcome.Failed, result.Outcome);
        Assert.Contains("*INVALID CHECKSUM* :: base.txz: " + new string('0', 64), result.Output, StringComparison.Ordinal);
        Assert.Equal(["umount", "mdconfig"], tools.Calls().Select(call => call.Tool).TakeLast(2));
        Assert.False(File.Exists(Path.Combine(VmTestRuntime.Root(tools), "vm", ".done")));
    }

    [Fact]
    public async Task Pkgbase_InstallsThePackagesForTheReleaseAbi()
    {
        using var tools = FakeToolbox.Create();
        var keys = Path.Combine(tools.Root, "keys", "pkg");
        Directory.CreateDirectory(keys);
        File.WriteAllText(Path.Combine(keys, "trusted"), "key");
        var from = $$"""{"type": "pkgbase", "osVersion": "15", "osArch": "amd64", "packages": ["FreeBSD-runtime", "FreeBSD-kernel-generic"], "fingerprints": "{{keys}}"}""";

        var (result, _) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(VmInstallFixtures.Profile(from)));

        var mnt = Path.Combine(VmTestRuntime.Root(tools), "mnt");
        var conf = Path.Combine(AppContext.BaseDirectory, "share", "overlord", "files", "pkgbase");
        Assert.Equal(VmCreateOutcome.Completed, result.Outcome);
        Assert.Contains($"pkg --rootdir {mnt} --repo-conf-dir {conf} install -- FreeBSD-runtime FreeBSD-kernel-generic", tools.CommandLines());
        Assert.Equal("FreeBSD:15:amd64", File.ReadAllText(Path.Combine(mnt, "var", "db", "pkg", "FreeBSD-kernel-generic")));
        Assert.True(File.Exists(Path.Combine(mnt, "usr", "share", "keys", "pkg", "trusted")));
    }
}
