using Overlord.Runtime.Tests.TestSupport;

namespace Overlord.Runtime.Tests;

public sealed class ProcessRuntimeUpdateTests : IAsyncLifetime
{
    private const string Makejail = "ARG version\nRUN echo ${version} > version\nSTAGE start\nCMD echo $$ > pid; exec sleep 300\n";

    private readonly ProcessRuntimeHarness _harness = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Up_WithOneChangedService_RecreatesOnlyThatService()
    {
        _harness.WriteMetadata("Makejail", Makejail);
        await _harness.UpAsync(File(apiVersion: "1", webVersion: "1"));
        var apiPid = await _harness.ReadNumberAsync("api");
        var webPid = await _harness.ReadNumberAsync("web");

        var result = await _harness.UpAsync(File(apiVersion: "2", webVersion: "1"));

        Assert.True(result.Succeeded, result.StdErr);
        Assert.NotEqual(apiPid, await _harness.ReadNumberAsync("api", notEqualTo: apiPid));
        Assert.Equal(webPid, await _harness.ReadNumberAsync("web"));
        Assert.True(await ProcessTable.IsAliveAsync(webPid));
        Assert.Equal("2\n", await System.IO.File.ReadAllTextAsync(Path.Combine(await _harness.RootAsync("api"), "version"), ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task Up_WithChangedMakejailContent_RecreatesTheService()
    {
        var path = _harness.WriteMetadata("Makejail", Makejail);
        await _harness.UpAsync(File(apiVersion: "1", webVersion: "1"));
        var webPid = await _harness.ReadNumberAsync("web");
        await System.IO.File.AppendAllTextAsync(path, "# a comment changes the content\n", ProcessRuntimeHarness.Token);

        await _harness.UpAsync(File(apiVersion: "1", webVersion: "1"));

        Assert.NotEqual(webPid, await _harness.ReadNumberAsync("web", notEqualTo: webPid));
    }

    [Fact]
    public async Task Up_WithChangedStartEnvironment_RecreatesTheService()
    {
        _harness.WriteMetadata("Makejail", Makejail);
        await _harness.UpAsync(File(apiVersion: "1", webVersion: "1"));
        var webPid = await _harness.ReadNumberAsync("web");

        await _harness.UpAsync(File(apiVersion: "1", webVersion: "1") + "    start-environment:\n      - MODE: fast\n");

        Assert.NotEqual(webPid, await _harness.ReadNumberAsync("web", notEqualTo: webPid));
    }

    [Fact]
    public async Task Up_WithoutChanges_KeepsEveryProcess()
    {
        _harness.WriteMetadata("Makejail", Makejail);
        await _harness.UpAsync(File(apiVersion: "1", webVersion: "1"));
        var apiPid = await _harness.ReadNumberAsync("api");

        await _harness.UpAsync(File(apiVersion: "1", webVersion: "1"));

        Assert.Equal(apiPid, await _harness.ReadNumberAsync("api"));
        Assert.True(await ProcessTable.IsAliveAsync(apiPid));
    }

    [Fact]
    public async Task Up_WithAServiceRemoved_DestroysIt()
    {
        _harness.WriteMetadata("Makejail", Makejail);
        await _harness.UpAsync(File(apiVersion: "1", webVersion: "1"));
        var apiPid = await _harness.ReadNumberAsync("api");
        var apiJail = (await _harness.ServiceAsync("api")).Jail;

        await _harness.UpAsync("services:\n  web:\n    arguments:\n      - version: 1\n");

        Assert.False(await ProcessTable.IsAliveAsync(apiPid));
        Assert.Equal(66, await _harness.Runtime.JailStatusAsync(apiJail, ProcessRuntimeHarness.Token));
        Assert.Equal(["web"], (await _harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token))!.Services.Select(service => service.Name));
    }

    [Fact]
    public async Task Up_WithRestart_StopsAndStartsEverythingWithoutRebuilding()
    {
        _harness.WriteMetadata("Makejail", "RUN echo built >> builds\n" + Makejail);
        await _harness.UpAsync(File(apiVersion: "1", webVersion: "1"));
        var webPid = await _harness.ReadNumberAsync("web");

        var result = await _harness.UpAsync(File(apiVersion: "1", webVersion: "1"), restart: true);

        Assert.True(result.Succeeded, result.StdErr);
        Assert.NotEqual(webPid, await _harness.ReadNumberAsync("web", notEqualTo: webPid));
        Assert.Single(await System.IO.File.ReadAllLinesAsync(Path.Combine(await _harness.RootAsync("web"), "builds"), ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task Up_KeepsTheRandomJailNameOfAnUnnamedService()
    {
        _harness.WriteMetadata("Makejail", Makejail);
        await _harness.UpAsync(File(apiVersion: "1", webVersion: "1"));
        var jail = (await _harness.ServiceAsync("api")).Jail;

        await _harness.UpAsync(File(apiVersion: "2", webVersion: "1"));

        Assert.Equal(jail, (await _harness.ServiceAsync("api")).Jail);
    }

    private static string File(string apiVersion, string webVersion) =>
        $"services:\n  api:\n    arguments:\n      - version: {apiVersion}\n  web:\n    arguments:\n      - version: {webVersion}\n";
}
