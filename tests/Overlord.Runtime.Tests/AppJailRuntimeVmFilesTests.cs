using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>The files a vmJail creation writes: the Director file and its done marker, the template, the cloud-init seed.</summary>
public sealed class AppJailRuntimeVmFilesTests
{
    private const string FullProfile = """
        {"makejail": "/usr/local/share/overlord/vm.makejail",
         "template": {"loader": "uefi", "cpu": "2", "graphics_res": "1024x768 it's"},
         "diskLayout": {"driver": "virtio-blk", "size": "20G", "from": {"type": "img"}},
         "start-environment": [{"START_ENV": "1"}],
         "start-arguments": [{"start_arg": "yes"}],
         "build-environment": [{"BUILD_ENV": "2"}],
         "build-arguments": [{"build_arg": "b"}],
         "options": [{"virtualnet": ":<random> default"}, {"nat": null}]}
        """;

    private const string CloudInitProfile = """
        {"makejail": "/usr/local/share/overlord/vm.makejail",
         "template": {"loader": "uefi"},
         "diskLayout": {"driver": "nvme", "size": "10G", "from": {"type": "img"}},
         "cloud-init": {"meta-data": {"instance-id": "vm1"}, "user-data": {"packages": ["nginx"]}, "network-config": {"version": 2}}}
        """;

    [Fact]
    public async Task CreateVm_WritesTheDirectorFileWithTheVmLabelAndEachList()
    {
        using var tools = FakeToolbox.Create();

        await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(FullProfile));

        Assert.Equal(
            """
            services:
              vm:
                name: vm1
                makejail: /usr/local/share/overlord/vm.makejail
                options:
                - label: overlord.vm:1
                ignore_mtime: true
                start-environment:
                - START_ENV: "1"
                environment:
                - BUILD_ENV: "2"
                start:
                - start_arg: "yes"
                arguments:
                - build_arg: b
            options:
            - virtualnet: :<random> default
            - nat: null

            """,
            File.ReadAllText(VmTestRuntime.DirectorFile(tools)));
    }

    [Fact]
    public async Task CreateVm_Completed_KeepsTheDirectorFileInTheDoneMarker()
    {
        using var tools = FakeToolbox.Create();

        await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(FullProfile));

        Assert.Equal(File.ReadAllText(VmTestRuntime.DirectorFile(tools)), File.ReadAllText(Path.Combine(VmTestRuntime.Root(tools), "vm", ".done")));
    }

    [Fact]
    public async Task CreateVm_WritesTheQuotedTemplateAndCopiesItToTheVm()
    {
        using var tools = FakeToolbox.Create();

        await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(FullProfile));

        var expected = "loader=uefi\ncpu=2\ngraphics_res='1024x768 it'\"'\"'s'\n"
            + "disk0_type=virtio-blk\ndisk0_name=disk0.img\ndisk0_dev=file\ndisk0_size=20G\n";
        var root = VmTestRuntime.Root(tools);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(root, "vm", ".templates", "overlord.conf")));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(root, "vm", "vm1", "vm1.conf")));
    }

    [Fact]
    public async Task CreateVm_CloudInit_WritesTheDocumentsAsYaml()
    {
        using var tools = FakeToolbox.Create();

        await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(CloudInitProfile));

        var folder = Path.Combine(VmTestRuntime.Root(tools), "cloud-init");
        Assert.Equal("instance-id: vm1\n", File.ReadAllText(Path.Combine(folder, "meta-data")));
        Assert.Equal("#cloud-config\npackages:\n- nginx\n", File.ReadAllText(Path.Combine(folder, "user-data")));
        Assert.Equal("version: 2\n", File.ReadAllText(Path.Combine(folder, "network-config")));
    }

    [Fact]
    public async Task CreateVm_CloudInit_MakesTheSeedWithMakefsBesideTheDisk()
    {
        using var tools = FakeToolbox.Create();

        await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(CloudInitProfile));

        var root = VmTestRuntime.Root(tools);
        Assert.Contains($"makefs -t cd9660 -o R,L=cidata -- {Path.Combine(root, "seed.iso")} {Path.Combine(root, "cloud-init")}", tools.CommandLines());
        Assert.Equal("cd9660 -t cd9660 -o R,L=cidata\nmeta-data\nnetwork-config\nuser-data\n", File.ReadAllText(Path.Combine(root, "vm", "vm1", "seed.iso")));
        Assert.False(File.Exists(Path.Combine(root, "seed.iso")));
    }

    [Fact]
    public async Task CreateVm_CloudInit_AttachesTheSeedAsDisk1()
    {
        using var tools = FakeToolbox.Create();

        await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(CloudInitProfile));

        Assert.Equal(
            "loader=uefi\ndisk1_type=ahci-cd\ndisk1_name=seed.iso\ndisk1_dev=file\ndisk0_type=nvme\ndisk0_name=disk0.img\ndisk0_dev=file\ndisk0_size=10G\n",
            File.ReadAllText(Path.Combine(VmTestRuntime.Root(tools), "vm", "vm1", "vm1.conf")));
    }

    [Fact]
    public async Task CreateVm_CloudInitFlagsWithAnOpenQuote_FailsBeforeMakefs()
    {
        using var tools = FakeToolbox.Create();
        var profile = CloudInitProfile.Replace("\"cloud-init\": {", "\"cloud-init\": {\"flags\": \"-o 'R,L=cidata\", ", StringComparison.Ordinal);

        var (result, _) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(profile));

        Assert.Equal((VmCreateOutcome.Failed, "cloud-init.flags: cannot split '-o 'R,L=cidata': a quote is not closed."), (result.Outcome, result.Output));
        Assert.DoesNotContain(tools.Calls(), call => call.Tool == "makefs");
    }
}
