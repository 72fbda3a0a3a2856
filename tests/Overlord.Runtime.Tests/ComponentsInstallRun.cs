namespace Overlord.Runtime.Tests;

/// <summary>A components install from a mirror folder, with node metadata to copy.</summary>
public sealed class ComponentsInstallRun : VmCreateRun
{
    public string Mirror { get; private set; } = "";

    public static string From(string mirror) =>
        $$"""{"type": "components", "components": ["base.txz"], "osVersion": "14.2-RELEASE", "osArch": "amd64", "downloadURL": "{{mirror}}"}""";

    protected override VmCreateRequest Request()
    {
        Mirror = VmInstallFixtures.Mirror(Tools.Root);
        return VmTestRuntime.Request(VmInstallFixtures.Profile(From(Mirror)), metadata: VmInstallFixtures.NodeMetadata(Tools.Root));
    }
}
