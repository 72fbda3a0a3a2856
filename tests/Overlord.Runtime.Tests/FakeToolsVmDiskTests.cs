using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>
/// The fake `vm create` sizes the disk as vm-bhyve's lib/vm-core core::create and core::write_img do: disk0_size from
/// the template, 20G without it, and an image larger than that refused by `qemu-img resize` (issue 15.4).
/// </summary>
public sealed class FakeToolsVmDiskTests
{
    private const long TwentyGigabytes = 20L << 30;

    [Fact]
    public async Task VmCreate_TemplateWithoutSize_MakesA20GDisk()
    {
        using var tools = FakeToolbox.Create();
        var root = await UpVmJailAsync(tools, "cpu=1\nmemory=256M\n");

        var create = await FakeToolsShell.RunAsync(tools, "appjail", "cmd", "jexec", "vm-jail", "vm", "create", "-t", "t", "vm-jail");

        Assert.Equal(0, create.ExitCode);
        Assert.Equal(TwentyGigabytes, new FileInfo(Path.Combine(root, "vm", "vm-jail", "disk0.img")).Length);
    }

    [Fact]
    public async Task VmCreate_ImageLargerThanTheDiskSize_FailsAsQemuImgResizeDoes()
    {
        using var tools = FakeToolbox.Create();
        var root = await UpVmJailAsync(tools, "cpu=1\nmemory=256M\ndisk0_size=1M\n");
        Directory.CreateDirectory(Path.Combine(root, "vm", ".img"));
        await using (var image = File.Create(Path.Combine(root, "vm", ".img", "big.img")))
        {
            image.SetLength(2L << 20);
        }

        var create = await FakeToolsShell.RunAsync(tools, "appjail", "cmd", "jexec", "vm-jail", "vm", "create", "-t", "t", "-i", "big.img", "vm-jail");

        Assert.Equal(1, create.ExitCode);
        Assert.EndsWith("vm: ERROR: failed to resize img file with qemu-img\n", create.StdErr, StringComparison.Ordinal);
    }

    /// <summary>Brings up the VM project's jail and writes the template <c>t</c> in its /vm/.templates; returns the jail's root.</summary>
    private static async Task<string> UpVmJailAsync(FakeToolbox tools, string template)
    {
        var file = Path.Combine(tools.Root, "vm.yml");
        await File.WriteAllTextAsync(file, AppJailTestRuntime.VmProject, TestContext.Current.CancellationToken);
        var up = await FakeToolsShell.RunAsync(tools, "appjail-director", "up", "-j", "-f", file, "-p", "vm-jail");
        Assert.Equal(0, up.ExitCode);
        var root = Path.Combine(tools.JailPath("vm-jail"), "jail");
        Directory.CreateDirectory(Path.Combine(root, "vm", ".templates"));
        await File.WriteAllTextAsync(Path.Combine(root, "vm", ".templates", "t.conf"), template, TestContext.Current.CancellationToken);
        return root;
    }
}
