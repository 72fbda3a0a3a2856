using System.Text.Json;
using Overlord.Core;
using Overlord.Runtime.Tests.TestSupport;

namespace Overlord.Runtime.Tests;

public sealed class ProcessRuntimeFailureTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Up_FailingRun_FailsTheProjectAtTheMakejailStep()
    {
        _harness.WriteMetadata("Makejail", "RUN true\nRUN exit 3\n");

        var result = await _harness.UpAsync("services:\n  web: {}\n");

        Assert.False(result.Succeeded);
        Assert.Equal(new FailedStep("makejail", "web"), Assert.Single(result.Failed));
        Assert.Contains("exited with 3", result.Message, StringComparison.Ordinal);
        Assert.Contains("Makejail:2", result.Message, StringComparison.Ordinal);
        var description = await _harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);
        Assert.Equal((ProjectStates.Failed, false), (description!.State, description.Locked));
    }

    [Fact]
    public async Task Up_Failure_IsReportedInDirectorJson()
    {
        _harness.WriteMetadata("Makejail", "RUN false\n");

        var result = await _harness.UpAsync("services:\n  web: {}\n");

        using var json = JsonDocument.Parse(result.StdOut);
        Assert.NotEqual(0, json.RootElement.GetProperty("errlevel").GetInt32());
        var failed = Assert.Single(json.RootElement.GetProperty("failed").EnumerateArray());
        Assert.Equal(("makejail", "web"), (failed.GetProperty("type").GetString(), failed.GetProperty("service").GetString()));
    }

    [Fact]
    public async Task Up_FailedService_StopsLaterServices()
    {
        _harness.WriteMetadata("bad", "RUN false\n");
        _harness.WriteMetadata("good", "RUN touch built\n");

        await _harness.UpAsync("services:\n  first:\n    makejail: bad\n    priority: 1\n  second:\n    makejail: good\n    priority: 2\n");

        var description = await _harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);
        Assert.Equal(["first"], description!.Services.Select(service => service.Name));
    }

    [Fact]
    public async Task Up_RemoteMakejail_IsRefusedNamingServiceAndValue()
    {
        var result = await _harness.UpAsync("services:\n  web:\n    makejail: gh+AppJail-makejails/nginx\n");

        Assert.Equal(new FailedStep("makejail", "web"), Assert.Single(result.Failed));
        Assert.StartsWith("web:", result.Message, StringComparison.Ordinal);
        Assert.Contains("gh+AppJail-makejails/nginx", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_UrlMakejail_IsRefused()
    {
        var result = await _harness.UpAsync("services:\n  web:\n    makejail: https://example.org/Makejail\n");

        Assert.Contains("https://example.org/Makejail", result.Message, StringComparison.Ordinal);
        Assert.Equal("makejail", Assert.Single(result.Failed).Type);
    }

    [Fact]
    public async Task Up_UnsupportedInstruction_NamesInstructionFileAndLine()
    {
        var path = _harness.WriteMetadata("Makejail", "ARG x=1\nSYSRC nginx_enable=YES\n");

        var result = await _harness.UpAsync("services:\n  web: {}\n");

        Assert.Equal("makejail", Assert.Single(result.Failed).Type);
        Assert.Contains($"{path}:2: SYSRC", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_MissingRequiredArgument_FailsTheService()
    {
        _harness.WriteMetadata("Makejail", "ARG port\n");

        var result = await _harness.UpAsync("services:\n  web: {}\n");

        Assert.Contains("'port' is required", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_InvalidDirectorFile_ReportsTheLineAndCreatesNothing()
    {
        var result = await _harness.UpAsync("services:\n  web:\n    priority: soon\n");

        Assert.Equal(ExitCodes.DataError, result.ExitCode);
        Assert.Contains("line 3", result.Message, StringComparison.Ordinal);
        Assert.Contains("services/web/priority", result.Message, StringComparison.Ordinal);
        Assert.False(await _harness.Runtime.ExistsAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task Up_AfterFailure_RecreatesTheFailedService()
    {
        var makejail = _harness.WriteMetadata("Makejail", "RUN false\n");
        await _harness.UpAsync("services:\n  web: {}\n");
        await File.WriteAllTextAsync(makejail, "RUN touch fixed\n", ProcessRuntimeHarness.Token);

        var result = await _harness.UpAsync("services:\n  web: {}\n");

        Assert.True(result.Succeeded, result.StdErr);
        Assert.True(File.Exists(Path.Combine(await _harness.RootAsync("web"), "fixed")));
    }

    [Fact]
    public async Task Up_InvalidProjectName_IsRefused()
    {
        var result = await _harness.UpAsync("services:\n  web: {}\n", project: "..");

        Assert.Equal(ExitCodes.DataError, result.ExitCode);
    }
}
