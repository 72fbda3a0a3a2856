namespace Overlord.Core.Tests.Specs;

/// <summary>Realistic specs shared by the printer tests.</summary>
internal static class SpecTexts
{
    public const string Metadata = SpecFixtures.Header + """
        kind: metadata
        metadataPrefix: web
        metadata:
          nginx.conf: |
            server {
                listen 80;
            }
        namespace:
          name: nginx
          mapping:
            - file: nginx.conf:usr/local/etc/nginx/nginx.conf
              owner: 0
              group: wheel
              mode: 0644
            - directory: var/log/nginx
        """;

    public const string Vm = SpecFixtures.Header + """
        kind: vmJail
        vmName: vm01
        makejail: gh+DtxdF/vm-makejail
        metadataPrefix: vm
        metadata: [keys]
        options:
          - nat:
        template:
          loader: bhyveload
          cpu: 2
        diskLayout:
          driver: virtio-blk
          size: 10G
          from:
            type: components
            components: [base.txz, kernel.txz]
            osVersion: 14.2-RELEASE
            osArch: amd64
          disk:
            scheme: gpt
            partitions:
              - {type: freebsd-boot, size: 512k}
              - {type: freebsd-ufs, format: {flags: -U}}
            bootcode: {bootcode: /boot/pmbr, partcode: /boot/gptboot, index: 1}
          fstab:
            - {device: /dev/vtbd0p2, mountpoint: /, type: ufs, options: rw, dump: 1, pass: 1}
        cloud-init:
          meta-data: {instance-id: vm01}
          user-data:
            package_update: true
            users: [{name: admin, groups: wheel}]
        """;
}
