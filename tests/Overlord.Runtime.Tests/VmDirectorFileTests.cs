namespace Overlord.Runtime.Tests;

/// <summary>The Director file, done marker and template a vmJail creation writes.</summary>
public sealed class VmDirectorFileTests(FullProfileRun run) : IClassFixture<FullProfileRun>
{
    [Fact]
    public void CreateVm_WritesTheDirectorFileWithTheVmLabelAndEachList()
    {
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
            File.ReadAllText(VmTestRuntime.DirectorFile(run.Tools)));
    }

    [Fact]
    public void CreateVm_Completed_KeepsTheDirectorFileInTheDoneMarker()
    {
        Assert.Equal(File.ReadAllText(VmTestRuntime.DirectorFile(run.Tools)), File.ReadAllText(Path.Combine(run.Root, "vm", ".done")));
    }

    [Fact]
    public void CreateVm_WritesTheQuotedTemplateAndCopiesItToTheVm()
    {
        var expected = "loader=uefi\ncpu=2\nmemory=1G\ngraphics_res='1024x768 it'\"'\"'s'\n"
            + "disk0_type=virtio-blk\ndisk0_name=disk0.img\ndisk0_dev=file\ndisk0_size=20G\n";

        Assert.Equal(expected, File.ReadAllText(Path.Combine(run.Root, "vm", ".templates", "overlord.conf")));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(run.Root, "vm", "vm1", "vm1.conf")));
    }
}
