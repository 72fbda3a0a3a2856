namespace Overlord.Runtime.Tests;

/// <summary>The cloud-init seed of a vmJail: its documents, makefs, and disk1.</summary>
public sealed class VmCloudInitTests(CloudInitRun run) : IClassFixture<CloudInitRun>
{
    [Fact]
    public void CreateVm_CloudInit_WritesTheDocumentsAsYaml()
    {
        var folder = Path.Combine(run.Root, "cloud-init");

        Assert.Equal("instance-id: vm1\n", File.ReadAllText(Path.Combine(folder, "meta-data")));
        Assert.Equal("#cloud-config\npackages:\n- nginx\n", File.ReadAllText(Path.Combine(folder, "user-data")));
        Assert.Equal("version: 2\n", File.ReadAllText(Path.Combine(folder, "network-config")));
    }

    [Fact]
    public void CreateVm_CloudInit_MakesTheSeedWithMakefsBesideTheDisk()
    {
        Assert.Contains($"makefs -t cd9660 -o R,L=cidata -- {Path.Combine(run.Root, "seed.iso")} {Path.Combine(run.Root, "cloud-init")}", run.Tools.CommandLines());
        Assert.Equal("cd9660 -t cd9660 -o R,L=cidata\nmeta-data\nnetwork-config\nuser-data\n", File.ReadAllText(Path.Combine(run.Root, "vm", "vm1", "seed.iso")));
        Assert.False(File.Exists(Path.Combine(run.Root, "seed.iso")));
    }

    [Fact]
    public void CreateVm_CloudInit_AttachesTheSeedAsDisk1()
    {
        Assert.Equal(
            "loader=uefi\ncpu=1\nmemory=256M\ndisk1_type=ahci-cd\ndisk1_name=seed.iso\ndisk1_dev=file\ndisk0_type=nvme\ndisk0_name=disk0.img\ndisk0_dev=file\ndisk0_size=10G\n",
            File.ReadAllText(Path.Combine(run.Root, "vm", "vm1", "vm1.conf")));
    }
}
