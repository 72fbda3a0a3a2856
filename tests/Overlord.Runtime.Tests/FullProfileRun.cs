namespace Overlord.Runtime.Tests;

/// <summary>An image VM with every list of the Director file and a template value that needs quoting.</summary>
public sealed class FullProfileRun : VmCreateRun
{
    public const string Profile = """
        {"makejail": "/usr/local/share/overlord/vm.makejail",
         "template": {"loader": "uefi", "cpu": "2", "memory": "1G", "graphics_res": "1024x768 it's"},
         "diskLayout": {"driver": "virtio-blk", "size": "20G", "from": {"type": "img"}},
         "start-environment": [{"START_ENV": "1"}],
         "start-arguments": [{"start_arg": "yes"}],
         "build-environment": [{"BUILD_ENV": "2"}],
         "build-arguments": [{"build_arg": "b"}],
         "options": [{"virtualnet": ":<random> default"}, {"nat": null}]}
        """;

    protected override VmCreateRequest Request() => VmTestRuntime.Request(Profile);
}
