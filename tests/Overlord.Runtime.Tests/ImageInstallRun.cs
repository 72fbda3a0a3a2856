namespace Overlord.Runtime.Tests;

/// <summary>An appjailImage install whose image is imported from an entrypoint (the fake import leaves the test's image in place).</summary>
public sealed class ImageInstallRun : VmCreateRun
{
    public string Images => Path.Combine(Tools.Root, "images");

    protected override VmCreateRequest Request()
    {
        VmInstallFixtures.Image(Images, "freebsd", "14.2", "amd64");
        var from = """{"type": "appjailImage", "entrypoint": "gh+AppJail-makejails/freebsd", "imageName": "freebsd", "imageArch": "amd64", "imageTag": "14.2"}""";
        return VmTestRuntime.Request(VmInstallFixtures.Profile(from));
    }
}
