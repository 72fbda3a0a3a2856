using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;

namespace Overlord.Runtime.Tests;

/// <summary>What the VM installers download or import in the tests: a release mirror in a folder and AppJail images.</summary>
internal static class VmInstallFixtures
{
    /// <summary>A partition table with every gpart flag, a UFS root formatted by newfs, boot code, and one fstab line.</summary>
    public const string DiskLayoutTail = """
        "disk": {"scheme": "gpt",
                 "partitions": [{"type": "freebsd-boot", "size": "512k"},
                                {"type": "freebsd-ufs", "alignment": "1m", "start": "1m", "size": "8g", "label": "root", "format": {"flags": "-U -j -L 'ufs root'"}}],
                 "bootcode": {"bootcode": "/boot/pmbr", "partcode": "/boot/gptboot", "index": 1}},
        "fstab": [{"device": "/dev/gpt/root", "mountpoint": "/", "type": "ufs", "options": "rw", "dump": 1, "pass": 1}]
        """;

    /// <summary>A profile installing from <paramref name="from"/> (a JSON object) with <see cref="DiskLayoutTail"/> and a script.</summary>
    public static string Profile(string from) => $$"""
        {"makejail": "/usr/local/share/overlord/vm.makejail",
         "template": {"loader": "uefi", "cpu": "1", "memory": "256M"},
         "diskLayout": {"driver": "nvme", "size": "10G", "from": {{from}}, {{DiskLayoutTail}}},
         "script": "#!/bin/sh\ntouch ran-run-sh\n",
         "script-environment": [{"GREETING": "hello world"}],
         "metadata": ["sshKey"]}
        """;

    /// <summary>MIRROR/amd64/14.2-RELEASE with base.txz (holding etc/motd) and a MANIFEST with its checksum, or a wrong one.</summary>
    public static string Mirror(string root, bool goodChecksum = true)
    {
        var release = Path.Combine(root, "mirror", "amd64", "14.2-RELEASE");
        var content = Path.Combine(root, "base-content");
        Directory.CreateDirectory(Path.Combine(content, "etc"));
        File.WriteAllText(Path.Combine(content, "etc", "motd"), "FreeBSD 14.2\n");
        Directory.CreateDirectory(release);
        var archive = Path.Combine(release, "base.txz");
        TarFile.CreateFromDirectory(content, archive, includeBaseDirectory: false);
        var checksum = goodChecksum ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(archive))) : new string('0', 64);
        File.WriteAllText(Path.Combine(release, "MANIFEST"), $"base.txz\t{checksum}\t2\tbase\t\"Base system (MANDATORY)\"\ton\n");
        return "file://" + Path.Combine(root, "mirror") + "/{ARCH}/{VERSION}";
    }

    /// <summary>An AppJail image as AppJail stores it: IMAGES/NAME/TAG-ARCH-image.appjail, a tar with ./jail/ inside.</summary>
    public static void Image(string images, string name, string tag, string arch)
    {
        var file = Path.Combine(images, name, $"{tag}-{arch}-image.appjail");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var stream = File.Create(file);
        using var writer = new TarWriter(stream, TarEntryFormat.Pax);
        writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "./jail/"));
        writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "./jail/etc/"));
        writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "./jail/etc/motd") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes("from the image\n")) });
    }

    /// <summary>The node's metadata folder with the key the profiles copy into the jail.</summary>
    public static string NodeMetadata(string root)
    {
        var folder = Path.Combine(root, "node-metadata");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sshKey"), "ssh-ed25519 AAAA test\n");
        return folder;
    }
}
