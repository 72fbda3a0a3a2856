using Overlord.Runtime.Tests.TestSupport;

namespace Overlord.Runtime.Tests;

public sealed class ProcessRuntimeLabelsTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new();

    public ValueTask InitializeAsync()
    {
        _harness.WriteMetadata("Makejail", "STAGE start\nCMD sleep 600\n");
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task JailLabels_AfterUp_AreTheServicesLabelOptions()
    {
        await _harness.UpAsync("services:\n  web:\n    name: web-jail\n    options:\n      - label: \"overlord.skydns:1\"\n      - label: \"overlord.skydns.group:web\"\n");

        var labels = await _harness.Runtime.JailLabelsAsync("web-jail", ProcessRuntimeHarness.Token);

        Assert.Equal(new Dictionary<string, string> { ["overlord.skydns"] = "1", ["overlord.skydns.group"] = "web" }, labels);
    }

    [Fact]
    public async Task JailLabels_ChangedGlobalOptions_AreRefreshedByTheNextUp()
    {
        await _harness.UpAsync("options:\n  - label: \"overlord.skydns.group:old\"\nservices:\n  web:\n    name: web-jail\n");

        await _harness.UpAsync("options:\n  - label: \"overlord.skydns.group:new\"\nservices:\n  web:\n    name: web-jail\n");

        var labels = await _harness.Runtime.JailLabelsAsync("web-jail", ProcessRuntimeHarness.Token);
        Assert.Equal("new", labels!["overlord.skydns.group"]);
    }

    [Fact]
    public async Task JailLabels_SurviveANewRuntimeOnTheSameFolders()
    {
        await _harness.UpAsync("services:\n  web:\n    name: web-jail\n    options:\n      - label: \"overlord.skydns:1\"\n");

        var restarted = _harness.NewRuntime();

        Assert.Equal(["overlord.skydns"], (await restarted.JailLabelsAsync("web-jail", ProcessRuntimeHarness.Token))!.Keys);
    }

    [Fact]
    public async Task JailLabels_UnknownJail_IsNull()
    {
        var labels = await _harness.Runtime.JailLabelsAsync("ghost", ProcessRuntimeHarness.Token);

        Assert.Null(labels);
    }

    [Fact]
    public async Task Up_InvalidLabelName_FailsTheMakejailStepAsAppJailDoes()
    {
        var result = await _harness.UpAsync("services:\n  web:\n    options:\n      - label: \"Bad_Name:1\"\n");

        Assert.Equal(new FailedStep("makejail", "web"), Assert.Single(result.Failed));
        Assert.Contains("Invalid label name 'Bad_Name'", result.Message, StringComparison.Ordinal);
    }
}
