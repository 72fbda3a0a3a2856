using System.Text.Json.Nodes;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;
using Overlord.Runtime.AppJail;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>An AppJailRuntime for vmJail tests: the fake tools, the shipped installers, and profiles read as the node reads them.</summary>
internal static class VmTestRuntime
{
    public const string Vm = "vm1";

    public const string Makejail = "/usr/local/share/overlord/vm.makejail";

    /// <summary>An image VM: the smallest profile the API takes.</summary>
    public const string ImageProfile = """
        {"makejail": "/usr/local/share/overlord/vm.makejail",
         "template": {"loader": "uefi", "cpu": "2", "memory": "1G"},
         "diskLayout": {"driver": "nvme", "size": "10G", "from": {"type": "img"}}}
        """;

    public static AppJailRuntimeOptions Options(FakeToolbox tools) => AppJailTestRuntime.Options(tools) with
    {
        MakefsExecutable = tools.MakefsPath,
        ComponentsDirectory = Path.Combine(tools.Root, "components"),
        ImagesDirectory = Path.Combine(tools.Root, "images"),
    };

    public static AppJailRuntime Create(FakeToolbox tools) => new(Options(tools), TestLog.For<AppJailRuntime>());

    public static VmJailSpec Spec(string profile) =>
        VmProfileReader.Read(Vm, JsonNode.Parse(profile)!.AsObject()) is { Spec: { } spec } ? spec : throw new ArgumentException("invalid profile", nameof(profile));

    public static VmCreateRequest Request(string profile, bool restart = false, string? metadata = null) =>
        new(Spec(profile), restart, new Dictionary<string, string>(), metadata);

    /// <summary>The jail's root folder (<c>JAILS/vm1/jail</c>).</summary>
    public static string Root(FakeToolbox tools) => Path.Combine(tools.JailsDirectory, Vm, "jail");

    /// <summary>The Director file the runtime keeps for the VM's project.</summary>
    public static string DirectorFile(FakeToolbox tools) => Path.Combine(tools.Root, "runtime-data", "projects", Vm, "appjail-director.yml");

    public static async Task<(VmCreateResult Result, RecordingVmProgress Progress)> CreateAsync(AppJailRuntime runtime, VmCreateRequest request)
    {
        var progress = new RecordingVmProgress();
        var result = await runtime.CreateVmAsync(request, progress, TestContext.Current.CancellationToken);
        return (result, progress);
    }
}
