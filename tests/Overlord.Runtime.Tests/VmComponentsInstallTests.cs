namespace Overlord.Runtime.Tests;

/// <summary>vm-install-from-components.sh, run by the runtime against the fake FreeBSD tools.</summary>
public sealed class VmComponentsInstallTests(ComponentsInstallRun run) : IClassFixture<ComponentsInstallRun>
{
    [Fact]
    public void Install_Completes_AndMarksTheVmDone()
    {
        Assert.Equal(VmCreateOutcome.Completed, run.Result.Outcome);
        Assert.True(File.Exists(Path.Combine(run.Root, "vm", ".done")));
    }

    /// <summary>The flags go through sh -c as in the original's installers, so a quoted label is one word (issue 15.7).</summary>
    [Fact]
    public void Install_NewfsFlags_AreSplitByTheShellWithTheirQuotes()
    {
        var newfs = Assert.Single(run.Tools.Calls(), call => call.Tool == "newfs");

        Assert.Equal(["-U", "-j", "-L", "ufs root", "/dev/md0p2"], newfs.Arguments);
    }

    [Fact]
    public void Install_RunsTheDiskToolsAndTheDownloadInTheirOrder()
    {
        var root = run.Root;
        var components = Path.Combine(run.Tools.Root, "components", "amd64", "14.2-RELEASE");
        var url = run.Mirror.Replace("{ARCH}/{VERSION}", "amd64/14.2-RELEASE", StringComparison.Ordinal);

        var installer = run.Tools.CommandLines().SkipWhile(line => !line.StartsWith("uuidgen", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [
                "uuidgen -r",
                "appjail cmd local vm1 realpath .",
                $"mdconfig -at vnode -f {root}/vm/vm1/disk0.img",
                "gpart create -s gpt /dev/md0",
                "gpart add -t freebsd-boot -s 512k -i 1 /dev/md0",
                "gpart add -t freebsd-ufs -a 1m -b 1m -s 8g -l root -i 2 /dev/md0",
                "newfs -U -j -L ufs root /dev/md0p2",
                "gpart bootcode -b /boot/pmbr /dev/md0",
                "gpart bootcode -p /boot/gptboot -i 1 /dev/md0",
                $"mount /dev/md0p2 {root}/mnt",
                $"lockf -sk {components}/.lock fetch -Rpm -o {components}/MANIFEST {url}/MANIFEST",
                $"fetch -Rpm -o {components}/MANIFEST {url}/MANIFEST",
                $"lockf -sk {components}/.lock fetch -Rpm -o {components}/base.txz {url}/base.txz",
                $"fetch -Rpm -o {components}/base.txz {url}/base.txz",
                $"sha256 -q {components}/base.txz",
                "appjail cmd jexec vm1 /run.sh",
                $"umount -- {root}/mnt",
                "mdconfig -du md0",
                "appjail sysrc jail vm1 vm_list+=vm1",
                "appjail cmd jexec vm1 vm start vm1",
                "vm start vm1",
            ],
            installer);
    }

    [Fact]
    public void Install_ExtractsTheComponentsOntoTheMountedDisk()
    {
        Assert.Equal("FreeBSD 14.2\n", File.ReadAllText(Path.Combine(run.Root, "mnt", "etc", "motd")));
    }

    [Fact]
    public void Install_WritesTheVmsFstab()
    {
        Assert.Equal("/dev/gpt/root\t/\tufs\trw\t1\t1\n", File.ReadAllText(Path.Combine(run.Root, "mnt", "etc", "fstab")));
    }

    [Fact]
    public void Install_RunsTheScriptInTheJail()
    {
        Assert.True(File.Exists(Path.Combine(run.Root, "ran-run-sh")));
    }

    [Fact]
    public void Install_WritesTheMetadataTheInstallerReads()
    {
        var metadata = Path.Combine(run.Root, "metadata");

        Assert.Equal("ssh-ed25519 AAAA test\n", File.ReadAllText(Path.Combine(metadata, "sshKey")));
        Assert.Equal("export 'GREETING=hello world'\n\n", File.ReadAllText(Path.Combine(metadata, "environment")));
        Assert.Equal("-U -j -L 'ufs root'", File.ReadAllText(Path.Combine(metadata, "overlord.diskLayout.disk.partitions.2.format.flags")));
        Assert.Equal("1", File.ReadAllText(Path.Combine(metadata, "overlord.diskLayout.disk.bootcode.index")));
        Assert.Equal("/dev/gpt/root", File.ReadAllText(Path.Combine(metadata, "overlord.diskLayout.disk.fstab.0.device")));
    }
}
