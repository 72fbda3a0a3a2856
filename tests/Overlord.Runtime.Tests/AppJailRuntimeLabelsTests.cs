using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

public sealed class AppJailRuntimeLabelsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JailLabels_ReadsConfLabelsOfTheJail()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("vm", AppJailTestRuntime.VmProject), Cancellation);

        var labels = await runtime.JailLabelsAsync("vm-jail", Cancellation);

        Assert.Equal(new Dictionary<string, string> { ["overlord.vm"] = "1" }, labels);
    }

    [Fact]
    public async Task JailLabels_DropsOneFinalNewlineAndSkipsLabelsWithoutValueFile()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        var labels = Path.Combine(tools.JailsDirectory, "web-jail", "conf", "labels");
        Directory.CreateDirectory(Path.Combine(labels, "overlord.skydns"));
        await File.WriteAllTextAsync(Path.Combine(labels, "overlord.skydns", "value"), "1\n\n", Cancellation);
        Directory.CreateDirectory(Path.Combine(labels, "overlord.skydns.ptr"));

        var read = await runtime.JailLabelsAsync("web-jail", Cancellation);

        Assert.Equal(new Dictionary<string, string> { ["overlord.skydns"] = "1\n" }, read);
    }

    [Fact]
    public async Task JailLabels_JailWithoutLabels_IsEmpty_UnknownJail_IsNull()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        Directory.CreateDirectory(Path.Combine(tools.JailsDirectory, "bare-jail"));

        var bare = await runtime.JailLabelsAsync("bare-jail", Cancellation);
        var ghost = await runtime.JailLabelsAsync("ghost", Cancellation);
        var escape = await runtime.JailLabelsAsync("..", Cancellation);

        Assert.Equal((0, null, null), (bare!.Count, ghost, escape));
    }
}
