namespace Overlord.Runtime.Tests;

/// <summary>An image VM with the three cloud-init documents.</summary>
public sealed class CloudInitRun : VmCreateRun
{
    public const string Profile = """
        {"makejail": "/usr/local/share/overlord/vm.makejail",
         "template": {"loader": "uefi", "cpu": "1", "memory": "256M"},
         "diskLayout": {"driver": "nvme", "size": "10G", "from": {"type": "img"}},
         "cloud-init": {"meta-data": {"instance-id": "vm1"}, "user-data": {"packages": ["nginx"]}, "network-config": {"version": 2}}}
        """;

    protected override VmCreateRequest Request() => VmTestRuntime.Request(Profile);
}
