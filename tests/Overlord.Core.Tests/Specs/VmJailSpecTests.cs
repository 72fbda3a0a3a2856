using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;
using Overlord.Testing;

namespace Overlord.Core.Tests.Specs;

public sealed class VmJailSpecTests
{
    /// <summary>A VM from FreeBSD components with a full disk layout, values from an env-file profile (<c>-e vm.env</c>).</summary>
    private const string ComponentsVm = """
        kind: vmJail
        datacenters:
          main:
            entrypoint: !ENV '${ENTRYPOINT}'
            access_token: !ENV '${TOKEN}'
        deployIn:
          labels:
            - vm-only
        vmName: !ENV '${VM_NAME}'
        makejail: gh+DtxdF/vm-makejail
        overwrite: false
        poweroff: true
        datastore: /var/vm
        template:
          loader: bhyveload
          cpu: !ENV '${CPU}'
          memory: 512M
          network0_type: virtio-net
          network0_switch: public
        diskLayout:
          driver: nvme
          size: !ENV '${DISK_SIZE}'
          from:
            type: components
            components:
              - base.txz
              - kernel.txz
            osVersion: !ENV '${VERSION}-RELEASE'
            osArch: amd64
          disk:
            scheme: gpt
            partitions:
              - type: freebsd-boot
                size: 512k
                alignment: 1m
              - type: freebsd-swap
                size: 1G
                label: swap0
              - type: freebsd-ufs
                alignment: 1m
                format:
                  flags: -Uj
            bootcode:
              bootcode: /boot/pmbr
              partcode: /boot/gptboot
              index: 1
          fstab:
            - device: /dev/gpt/swap0
              mountpoint: none
              type: swap
              options: sw
              dump: 0
              pass: 0
            - device: /dev/nda0p3
              mountpoint: /
              type: ufs
              options: rw,sync
              dump: 1
              pass: 1
        script: |
          set -e
          echo 'hostname="${VM_NAME}"' >> /mnt/etc/rc.conf
        metadataPrefix: vm
        metadata:
          - authorized_keys
        options:
          - virtualnet: ':<random> default'
          - nat:
        script-environment:
          - HOSTNAME: vm01
        start-environment:
          - TZ: UTC
        start-arguments:
          - memory: 512M
        build-environment:
          - ASSUME_ALWAYS_YES: yes
        build-arguments:
          - vm_version: 1.6
        """;

    [Fact]
    public void Load_ComponentsVmWithEnvProfile_ReadsTheWholeLayout()
    {
        using var folder = new TempDirectory();
        var profile = folder.Write("vm.env", "ENTRYPOINT=http://10.0.0.1:8888\nTOKEN=abc\nVM_NAME=vm01\nCPU=2\nDISK_SIZE=20G\nVERSION=14.2\n");
        var spec = folder.Write("vm.yml", ComponentsVm);

        var result = SpecLoader.Load(spec, new VariableSource(new Dictionary<string, string>()).WithEnvFile(EnvFile.Read(profile)), folder.Path);

        var vm = Assert.IsType<VmJailSpec>(result.Spec);
        Assert.Equal("vm01", vm.VmName);
        Assert.Equal("gh+DtxdF/vm-makejail", vm.Makejail);
        Assert.Equal("2", vm.Template["cpu"]);
        Assert.True(vm.Poweroff);
        Assert.Equal("/var/vm", vm.Datastore);
        var layout = vm.DiskLayout;
        Assert.Equal(("nvme", "20G", 20L << 30), (layout.Driver, layout.Size, layout.SizeBytes));
        Assert.Equal(DiskSourceType.Components, layout.From.Type);
        Assert.Equal(["base.txz", "kernel.txz"], layout.From.Components);
        Assert.Equal("14.2-RELEASE", layout.From.OsVersion);
        Assert.Equal(DiskSourceSpec.DefaultDownloadUrl, layout.From.DownloadUrl);
        Assert.Equal(3, layout.Disk!.Partitions.Count);
        Assert.Equal("-Uj", layout.Disk.Partitions[2].Format!.Flags);
        Assert.Equal(new BootcodeSpec { Bootcode = "/boot/pmbr", Partcode = "/boot/gptboot", Index = 1 }, layout.Disk.Bootcode);
        Assert.Equal(new FstabEntrySpec { Device = "/dev/nda0p3", Mountpoint = "/", Type = "ufs", Options = "rw,sync", Dump = 1, Pass = 1 }, layout.Fstab[1]);
        Assert.Contains("hostname=\"${VM_NAME}\"", vm.Script, StringComparison.Ordinal);
        Assert.Equal(["vm.authorized_keys"], vm.EffectiveMetadata());
        Assert.Null(vm.Options[1]["nat"]);
        Assert.Equal("yes", vm.BuildEnvironment[0]["ASSUME_ALWAYS_YES"]);
        Assert.Equal("1.6", vm.BuildArguments[0]["vm_version"]);
    }

    [Theory]
    [InlineData("type: appjailImage\n    entrypoint: none\n    imageName: freebsd\n    imageArch: amd64\n    imageTag: 14.2", DiskSourceType.AppjailImage)]
    [InlineData("type: pkgbase\n    osVersion: 15\n    osArch: amd64\n    packages: [FreeBSD-runtime, FreeBSD-kernel-generic]", DiskSourceType.Pkgbase)]
    public void Load_InstalledSources_ReadTheirOwnKeys(string from, DiskSourceType type)
    {
        var vm = SpecFixtures.LoadValid<VmJailSpec>(SpecFixtures.Header + $$"""
            kind: vmJail
            vmName: vm02
            makejailFromMetadata: vm.makejail
            template: {loader: uefi}
            diskLayout:
              driver: virtio-blk
              size: 10G
              disk:
                scheme: gpt
                partitions:
                  - type: freebsd-ufs
                    format: {}
              fstab:
                - {device: /dev/vtbd0p1, mountpoint: /, type: ufs, options: rw, dump: 1, pass: 1}
              from:
                {{from}}
            """);

        Assert.Equal(type, vm.DiskLayout.From.Type);
        Assert.Equal("vm.makejail", vm.MakejailFromMetadata);
        if (type == DiskSourceType.Pkgbase)
        {
            Assert.Equal(DiskSourceSpec.DefaultFingerprints, vm.DiskLayout.From.Fingerprints);
            Assert.Equal("15", vm.DiskLayout.From.OsVersion);
        }
        else
        {
            Assert.Equal("14.2", vm.DiskLayout.From.ImageTag);
        }
    }

    [Fact]
    public void Load_IsoVmWithCloudInit_KeepsCloudInitDocumentsWithTheirTypes()
    {
        var vm = SpecFixtures.LoadValid<VmJailSpec>(SpecFixtures.Header + """
            kind: vmJail
            vmName: debian-12
            makejail: /usr/local/share/vm/Makejail
            template:
              loader: uefi
              graphics: yes
            diskLayout:
              driver: ahci-hd
              size: 30G
              from:
                type: iso
                isoFile: debian-12.iso
            cloud-init:
              meta-data:
                instance-id: debian01
              user-data:
                package_update: true
                ssh_pwauth: false
                runcmd:
                  - [touch, /root/ready]
            """);

        Assert.Equal(DiskSourceType.Iso, vm.DiskLayout.From.Type);
        Assert.False(vm.DiskLayout.From.Installed);
        Assert.Equal("yes", vm.Template["graphics"]);
        Assert.Equal("debian01", (string?)vm.CloudInit!.MetaData!["instance-id"]);
        Assert.True((bool?)vm.CloudInit.UserData!["package_update"]);
        Assert.Equal("/root/ready", (string?)vm.CloudInit.UserData["runcmd"]![0]![1]);
    }

    [Fact]
    public void Load_ImageVmWithoutSize_IsRefusedAsInTheOriginal()
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + """
            kind: vmJail
            vmName: cloud
            makejail: gh+DtxdF/vm-makejail
            template: {loader: uefi}
            diskLayout:
              driver: nvme
              from:
                type: img
                imgFile: ubuntu.img
            """ + "\n");

        SpecFixtures.AssertError(result, "spec.yml:12:3: diskLayout.size", "is required but missing");
    }

    [Theory]
    [InlineData("vmName: -vm", "spec.yml:8:9: vmName", "'-vm' is not valid; a VM name is")]
    [InlineData("vmName: vm01!", "spec.yml:8:9: vmName", "'vm01!' is not valid")]
    [InlineData("vmName: debian.12", "spec.yml:8:9: vmName", "'debian.12' is not valid; a VM name is 2 to 231 letters, digits, '_' and '-', starting and ending with a letter or digit, without '.'")]
    [InlineData("vmName: vm01\nmakejail: a\nmakejailFromMetadata: b", "spec.yml:10:1: makejailFromMetadata", "give either makejail or makejailFromMetadata, not both")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  driver: floppy", "spec.yml:11:11: diskLayout.driver", "unknown driver 'floppy'; use one of: virtio-blk, nvme, ahci-hd")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  size: twenty", "spec.yml:11:9: diskLayout.size", "'twenty' is not a disk size")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  from: {type: floppy}", "spec.yml:11:16: diskLayout.from.type", "unknown type 'floppy'; use one of: components, appjailImage, pkgbase, iso, img")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  from:\n    type: iso\n    imgFile: x.img", "spec.yml:13:5: diskLayout.from.imgFile", "unknown key; allowed keys here: installed, isoFile, type")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  from:\n    type: components\n    components: [base.txz]\n    osArch: amd64", "spec.yml:12:5: diskLayout.from.osVersion", "is required but missing")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  from:\n    type: pkgbase\n    osVersion: '14'\n    osArch: amd64\n    packages: [a]", "spec.yml:11:3: diskLayout.disk", "is required when from.type is pkgbase")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  disk:\n    scheme: mbr", "spec.yml:12:13: diskLayout.disk.scheme", "unknown scheme 'mbr'; only gpt is supported")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  disk:\n    scheme: gpt\n    partitions:\n      - size: 1G", "spec.yml:14:9: diskLayout.disk.partitions[0].type", "is required but missing")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  disk:\n    scheme: gpt\n    partitions:\n      - type: efi\n        format: {flags: -U, script: x}", "spec.yml:15:29: diskLayout.disk.partitions[0].format.script", "give either flags (for newfs) or script, not both")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  disk:\n    scheme: gpt\n    bootcode:\n      partcode: /boot/gptboot", "spec.yml:14:7: diskLayout.disk.bootcode.index", "partcode and index go together")]
    [InlineData("vmName: vm01\nmakejail: a\ndiskLayout:\n  fstab:\n    - device: /dev/a\n      mountpoint: /\n      type: ufs\n      options: rw\n      dump: 0\n      pass: -1", "spec.yml:17:13: diskLayout.fstab[0].pass", "-1 is out of range; it must be at least 0")]
    [InlineData("vmName: vm01\nmakejail: a\noverwrite: sometimes", "spec.yml:10:12: overwrite", "expected true or false, got the string 'sometimes'")]
    [InlineData("vmName: vm01\nmakejail: a\noptions:\n  - virtualnet: [a]", "spec.yml:11:17: options[0].virtualnet", "expected a string, got a list")]
    [InlineData("vmName: vm01\nmakejail: a\nstart-environment: {TZ: UTC}", "spec.yml:10:20: start-environment", "expected a list")]
    [InlineData("vmName: vm01\nmakejail: a\ncloud-init:\n  vendor-data: {}", "spec.yml:11:3: cloud-init.vendor-data", "unknown key; allowed keys here: flags, meta-data, network-config, user-data")]
    [InlineData("vmName: vm01\nmakejail: a\nmetadata: [a b]", "spec.yml:10:12: metadata[0]", "a metadata key is letters")]
    public void Load_InvalidVm_IsRefusedWithLocation(string body, string location, string message)
    {
        var result = SpecFixtures.Load(SpecFixtures.Header.Replace("labels: [web]\n", "labels: [web]\nkind: vmJail\n", StringComparison.Ordinal) + body + "\n");

        SpecFixtures.AssertError(result, location, message);
    }

    [Fact]
    public void Load_VmWithoutTemplateAndDiskLayout_ReportsBoth()
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + "kind: vmJail\nvmName: vm01\nmakejail: a\n");

        SpecFixtures.AssertError(result, "spec.yml:1:1: template", "is required but missing");
        SpecFixtures.AssertError(result, "spec.yml:1:1: diskLayout", "is required but missing");
    }
}
