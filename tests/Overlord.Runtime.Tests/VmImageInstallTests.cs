namespace Overlord.Runtime.Tests;

/// <summary>vm-install-from-appjail-image.sh, run by the runtime against the fake FreeBSD tools.</summary>
public sealed class VmImageInstallTests(ImageInstallRun run) : IClassFixture<ImageInstallRun>
{
    [Fact]
    public void Install_ImportsTheImageUnderAnImageWideLock()
    {
        Assert.Contains(
            $"lockf -sk {run.Images}/.overlord-import-freebsd.lock appjail image import -a amd64 -t 14.2 -n freebsd -- gh+AppJail-makejails/freebsd",
            run.Tools.CommandLines());
    }

    [Fact]
    public void Install_ExtractsTheImagesJailFilesOntoTheDisk()
    {
        Assert.Equal(VmCreateOutcome.Completed, run.Result.Outcome);
        Assert.Equal("from the image\n", File.ReadAllText(Path.Combine(run.Root, "mnt", "etc", "motd")));
    }
}
