using System.Text.Json;
using Overlord.Runtime.Tests.TestSupport;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

public sealed class ProcessRuntimeUpTests : IAsyncLifetime
{
    private const string HeartbeatMakejail = """
        ARG name=beat
        STAGE start
        CMD echo $$ > pid; while :; do date > ${name}; sleep 1; done
        """;

    private readonly ProcessRuntimeHarness _harness = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Up_NewProject_IsDoneAndItsServiceRuns()
    {
        _harness.WriteMetadata("Makejail", HeartbeatMakejail);

        var result = await _harness.UpAsync("services:\n  web: {}\n");

        Assert.True(result.Succeeded, result.StdErr);
        var description = await _harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);
        Assert.Equal((ProjectStates.Done, false), (description!.State, description.Locked));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}_\d{2}h\d{2}m\d{2}s$", description.LastLog);
        Assert.Matches("^[0-9a-f]{10}$", Assert.Single(description.Services).Jail);
        Assert.True(await Eventually.HeldAsync(async () => await _harness.StatusAsync("web") == 0));
    }

    [Fact]
    public async Task Up_Output_HasDirectorJsonShape()
    {
        _harness.WriteMetadata("Makejail", HeartbeatMakejail);

        var result = await _harness.UpAsync("services:\n  web: {}\n");

        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal(0, json.RootElement.GetProperty("errlevel").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("message").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("failed").GetArrayLength());
    }

    [Fact]
    public async Task Up_LogFolder_IsNamedAfterTheRuntimesClock()
    {
        await using var harness = new ProcessRuntimeHarness(clock: new Overlord.Testing.ManualTimeProvider(new DateTimeOffset(2031, 4, 5, 6, 7, 8, TimeSpan.Zero)));
        harness.WriteMetadata("Makejail", HeartbeatMakejail);

        await harness.UpAsync("services:\n  web: {}\n");

        var description = await harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);
        Assert.Equal("2031-04-05_06h07m08s", description!.LastLog);
    }

    [Fact]
    public async Task Up_Logs_AreLaidOutAsDirectors()
    {
        _harness.WriteMetadata("Makejail", "RUN echo building\n" + HeartbeatMakejail);

        await _harness.UpAsync("services:\n  web: {}\n");

        var lastLog = (await _harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token))!.LastLog!;
        var makejailLog = Path.Combine(_harness.Runtime.ProjectLogsDirectory, lastLog, "web", "makejail.log");
        Assert.Contains("building", await File.ReadAllTextAsync(makejailLog, ProcessRuntimeHarness.Token), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_harness.Runtime.ProjectLogsDirectory, lastLog, "web", "start.log")));
    }

    [Fact]
    public async Task Up_CopyWorkdirEnvAndArguments_BuildInsideTheServiceRoot()
    {
        _harness.WriteMetadata("web/index.html", "<h1>hello</h1>\n");
        _harness.WriteMetadata("web/Makejail", """
            ARG greeting
            ENV TARGET=world
            COPY index.html /site/index.html
            WORKDIR /site
            RUN echo "${greeting} $TARGET from $(basename "$PWD")" > out.txt
            """);

        var result = await _harness.UpAsync("services:\n  web:\n    makejail: web/Makejail\n    arguments:\n      - greeting: hi\n");

        Assert.True(result.Succeeded, result.StdErr);
        var root = await _harness.RootAsync("web");
        Assert.Equal("hi world from site\n", await File.ReadAllTextAsync(Path.Combine(root, "site", "out.txt"), ProcessRuntimeHarness.Token));
        Assert.Equal("<h1>hello</h1>\n", await File.ReadAllTextAsync(Path.Combine(root, "site", "index.html"), ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task Up_IncludedMakejail_RunsItsInstructions()
    {
        _harness.WriteMetadata("lib/base.makejail", "RUN echo included > included.txt\n");
        _harness.WriteMetadata("Makejail", "INCLUDE lib/base.makejail\n");

        await _harness.UpAsync("services:\n  web: {}\n");

        var root = await _harness.RootAsync("web");
        Assert.Equal("included\n", await File.ReadAllTextAsync(Path.Combine(root, "included.txt"), ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task Up_EnvTaggedArgument_ExpandsFromTheRequestEnvironment()
    {
        _harness.WriteMetadata("Makejail", "ARG value\nRUN echo ${value} > value.txt\n");
        var environment = new Dictionary<string, string> { ["FROM_SPEC"] = "42" };

        await _harness.UpAsync("services:\n  web:\n    arguments:\n      - value: !ENV '${FROM_SPEC}'\n", environment);

        var root = await _harness.RootAsync("web");
        Assert.Equal("42\n", await File.ReadAllTextAsync(Path.Combine(root, "value.txt"), ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task Up_AbsoluteMakejailPath_IsUsedAsItIs()
    {
        var path = _harness.WriteMetadata("elsewhere/Custom", "RUN touch built\n");

        var result = await _harness.UpAsync($"services:\n  web:\n    makejail: {path}\n");

        Assert.True(result.Succeeded, result.StdErr);
        Assert.True(File.Exists(Path.Combine(await _harness.RootAsync("web"), "built")));
    }

    [Fact]
    public async Task Up_ExplicitJailName_IsTheServicesJail()
    {
        _harness.WriteMetadata("Makejail", HeartbeatMakejail);

        await _harness.UpAsync("services:\n  web:\n    name: webjail\n");

        Assert.Equal(["webjail"], await _harness.Runtime.ListJailsAsync(ProcessRuntimeHarness.Token));
        Assert.True(await Eventually.HeldAsync(async () => await _harness.Runtime.JailStatusAsync("webjail", ProcessRuntimeHarness.Token) == 0));
    }

    [Fact]
    public async Task Up_ServicesByPriority_BuildInOrder()
    {
        _harness.WriteMetadata("Makejail", "ARG log\nRUN echo $(basename ${OVERLORD_ROOT}) >> ${log}\n");
        var log = _harness.WriteMetadata("order.log", "");

        await _harness.UpAsync($"services:\n  late:\n    name: late\n    priority: 50\n    arguments: [log: {log}]\n  early:\n    name: early\n    priority: 1\n    arguments: [log: {log}]\n");

        Assert.Equal("early\nlate\n", await File.ReadAllTextAsync(log, ProcessRuntimeHarness.Token));
    }
}
