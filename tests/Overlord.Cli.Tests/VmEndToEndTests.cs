using Overlord.Core;

namespace Overlord.Cli.Tests;

/// <summary>A vmJail applied through the tree to real nodes over the fake tools, then shown by get-info -t vm.</summary>
public sealed class VmEndToEndTests
{
    [Fact]
    public async Task Apply_of_a_vmJail_creates_the_VM_on_the_labelled_nodes_and_get_info_shows_it()
    {
        await using var tree = await NodeTree.StartAsync();
        using var folder = new DeployTestFolder();
        File.WriteAllText(Path.Combine(folder.Path, "vm.yml"), $"""
            kind: vmJail
            datacenters:
              main:
                entrypoint: "{tree.Root.Url}"
                access_token: "{tree.Root.Token}"
            deployIn:
              labels: [db]
            vmName: vm1
            makejail: /usr/local/share/overlord/vm.makejail
            template:
              loader: uefi
              cpu: 1
              memory: 256M
            diskLayout:
              driver: nvme
              size: 10G
              from:
                type: img
            """);

        var apply = await folder.RunAsync("apply", "-f", "vm.yml", "--wait", "--timeout", "60");
        var info = await folder.RunAsync("get-info", "-f", "vm.yml", "-t", "vm", "--filter-per-project");

        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdErr + apply.StdOut);
        Assert.Contains("vm start vm1", tree.Charlie.Tools.CommandLines());
        Assert.Equal(ExitCodes.Ok, info.ExitCode);
        Assert.Matches(
            "^datacenter: main\n  entrypoint: .*\n  chain: alpha.charlie\n  labels:\n    - db\n  projects:\n    vm1:\n      virtual-machines:\n"
            + "          operation: COMPLETED\n          output: \\|\n            vm_list:  -> vm1\n            Starting vm1\n",
            info.StdOut);
    }
}
