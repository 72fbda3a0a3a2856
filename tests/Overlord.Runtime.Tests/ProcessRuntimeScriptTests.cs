using Overlord.Runtime.Tests.TestSupport;

namespace Overlord.Runtime.Tests;

public sealed class ProcessRuntimeScriptTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Scripts_RunInTheServiceRootAfterTheBuild()
    {
        _harness.WriteMetadata("Makejail", "RUN echo built > built\n");

        var result = await _harness.UpAsync("services:\n  web:\n    scripts:\n      - text: cat built > copied\n");

        Assert.True(result.Succeeded, result.StdErr);
        Assert.Equal("built\n", await File.ReadAllTextAsync(Path.Combine(await _harness.RootAsync("web"), "copied"), ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task FailingScript_FailsTheServiceAtTheScriptsStep()
    {
        _harness.WriteMetadata("Makejail", "RUN true\n");

        var result = await _harness.UpAsync("services:\n  web:\n    scripts:\n      - text: exit 4\n");

        Assert.Equal(new FailedStep("scripts", "web"), Assert.Single(result.Failed));
    }

    [Fact]
    public async Task PostStartScripts_RunOnEveryUp()
    {
        _harness.WriteMetadata("Makejail", "RUN true\n");
        const string File = "services:\n  web:\n    scripts:\n      - text: echo up >> ups\n        post-start: true\n";

        await _harness.UpAsync(File);
        await _harness.UpAsync(File);

        var ups = await System.IO.File.ReadAllLinesAsync(Path.Combine(await _harness.RootAsync("web"), "ups"), ProcessRuntimeHarness.Token);
        Assert.Equal(2, ups.Length);
    }
}
