using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>The cloud-init flags a node cannot use: refused before makefs runs.</summary>
public sealed class AppJailRuntimeVmCloudInitFlagsTests
{
    [Fact]
    public async Task CreateVm_CloudInitFlagsWithAnOpenQuote_FailsBeforeMakefs()
    {
        using var tools = FakeToolbox.Create();
        var profile = CloudInitRun.Profile.Replace("\"cloud-init\": {", "\"cloud-init\": {\"flags\": \"-o 'R,L=cidata\", ", StringComparison.Ordinal);

        var (result, _) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(profile));

        Assert.Equal((VmCreateOutcome.Failed, "cloud-init.flags: cannot split '-o 'R,L=cidata': a quote is not closed."), (result.Outcome, result.Output));
        Assert.DoesNotContain(tools.Calls(), call => call.Tool == "makefs");
    }
}
