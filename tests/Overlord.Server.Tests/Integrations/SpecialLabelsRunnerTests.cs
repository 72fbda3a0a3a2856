using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Runtime;
using Overlord.Runtime.ProcessDriver;
using Overlord.Server.Integrations;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Integrations;

/// <summary>The runner over a real process runtime, with integrations that record what they are asked.</summary>
public sealed class SpecialLabelsRunnerTests : IAsyncLifetime
{
    private const string TwoServices = """
        options:
          - label: "overlord.skydns:1"
        services:
          web:
            name: web-jail
            priority: 1
            options:
              - label: "overlord.skydns.group:web"
              - label: "other.label:kept-out"
          db:
            name: db-jail
            priority: 2
        """;

    private readonly TempDirectory _folder = new();
    private readonly ProcessRuntimeOptions _options;
    private readonly ProcessRuntime _runtime;
    private readonly RecordingIntegration _first = new("load-balancer", context => IntegrationOutcome.None);
    private readonly RecordingIntegration _second = new("skydns", context => IntegrationOutcome.Done($"{context.Service} {context.Action}"));
    private readonly SpecialLabelsRunner _runner;

    public SpecialLabelsRunnerTests()
    {
        var metadata = _folder.Combine("metadata");
        Directory.CreateDirectory(metadata);
        File.WriteAllText(Path.Combine(metadata, "Makejail"), "STAGE start\nCMD sleep 600\n");
        File.WriteAllText(Path.Combine(metadata, "Broken"), "RUN false\n");
        _options = new ProcessRuntimeOptions { DataDirectory = _folder.Combine("data"), MetadataDirectory = metadata, LogsDirectory = _folder.Combine("logs") };
        _runtime = new ProcessRuntime(_options, TestLog.For<ProcessRuntime>());
        _runner = new SpecialLabelsRunner(_runtime, [_first, _second], TestLog.For<SpecialLabelsRunner>());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _runtime.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Create_RunsEachIntegrationInOrderForEachService_WithItsOverlordLabels()
    {
        await UpAsync(TwoServices);

        var outcome = await _runner.RunAsync("shop", LabelAction.Create, force: false, TestContext.Current.CancellationToken);

        Assert.Equal(["web", "db"], _first.Calls.Select(call => call.Service));
        var web = _second.Calls.First();
        Assert.Equal(("web", 2), (web.Labels.Get("overlord.skydns.group"), web.Labels.Count));
        Assert.Null(web.Labels.Get("other.label"));
        Assert.Equal(
            """{"error":false,"message":null,"skydns":{"web":{"error":false,"message":"web Create"},"db":{"error":false,"message":"db Create"}}}""",
            JsonSerializer.Serialize(outcome.ToReport(), OverlordJson.Options));
    }

    [Fact]
    public async Task NoSuchProject_IsNoError()
    {
        var outcome = await _runner.RunAsync("ghost", LabelAction.Destroy, force: false, TestContext.Current.CancellationToken);

        Assert.Equal("""{"error":false,"message":null}""", JsonSerializer.Serialize(outcome.ToReport(), OverlordJson.Options));
        Assert.Empty(_first.Calls);
    }

    [Fact]
    public async Task ProjectNotDone_IsAnError_UnlessForced()
    {
        await UpAsync("services:\n  web:\n    makejail: Broken\n    options:\n      - label: \"overlord.skydns:1\"\n");

        var refused = await _runner.RunAsync("shop", LabelAction.Destroy, force: false, TestContext.Current.CancellationToken);
        var forced = await _runner.RunAsync("shop", LabelAction.Destroy, force: true, TestContext.Current.CancellationToken);

        Assert.Equal((true, "Project 'shop' has an unexpected state 'FAILED'"), (refused.Error, refused.Message));
        Assert.True(refused.Failed);
        Assert.Equal((false, "web Destroy"), (forced.Error, forced.Integrations.Single().Value.Single().Value.Message));
    }

    [Fact]
    public async Task ProjectLeftDestroying_ByAnInterruptedDown_IsDestroyed_ButNotCreated()
    {
        await UpAsync(TwoServices);
        await _runtime.DisposeAsync(); // the node stops; its down had marked the project DESTROYING
        var statePath = Path.Combine(_options.DataDirectory, "projects", "shop", "state.json");
        File.WriteAllText(statePath, File.ReadAllText(statePath).Replace("\"State\": \"DONE\"", "\"State\": \"DESTROYING\"", StringComparison.Ordinal));
        await using var restarted = new ProcessRuntime(_options, TestLog.For<ProcessRuntime>());
        var runner = new SpecialLabelsRunner(restarted, [_first, _second], TestLog.For<SpecialLabelsRunner>());
        Assert.Equal(ProjectStates.Destroying, (await restarted.DescribeAsync("shop", TestContext.Current.CancellationToken))!.State);

        var destroyed = await runner.RunAsync("shop", LabelAction.Destroy, force: false, TestContext.Current.CancellationToken);
        var created = await runner.RunAsync("shop", LabelAction.Create, force: false, TestContext.Current.CancellationToken);

        Assert.False(destroyed.Failed, destroyed.Message);
        Assert.Equal(["web", "db"], destroyed.Integrations.Single().Value.Select(service => service.Key));
        Assert.Equal((true, "Project 'shop' has an unexpected state 'DESTROYING'"), (created.Error, created.Message));
    }

    [Fact]
    public async Task StoppedServices_AreSkippedOnCreate_ButCleanedUpOnDestroy()
    {
        await UpAsync(TwoServices);
        await _runtime.StopAsync("shop", new Dictionary<string, string>(), TestContext.Current.CancellationToken);

        var created = await _runner.RunAsync("shop", LabelAction.Create, force: false, TestContext.Current.CancellationToken);
        var destroyed = await _runner.RunAsync("shop", LabelAction.Destroy, force: false, TestContext.Current.CancellationToken);

        Assert.Empty(created.Integrations);
        Assert.Equal(["web", "db"], destroyed.Integrations.Single().Value.Select(service => service.Key));
    }

    [Fact]
    public async Task IntegrationThatThrows_IsReportedAsAnError_AndTheOthersStillRun()
    {
        await UpAsync(TwoServices);
        var broken = new RecordingIntegration("load-balancer", _ => throw new InvalidOperationException("boom"));
        var runner = new SpecialLabelsRunner(_runtime, [broken, _second], TestLog.For<SpecialLabelsRunner>());

        var outcome = await runner.RunAsync("shop", LabelAction.Create, force: false, TestContext.Current.CancellationToken);

        Assert.True(outcome.Failed);
        Assert.Equal(new IntegrationOutcome(true, "Exception InvalidOperationException: boom"), outcome.Integrations[0].Value[0].Value);
        Assert.Equal(2, _second.Calls.Count);
    }

    private async Task UpAsync(string directorFile)
    {
        await _runtime.UpAsync(new UpRequest("shop", directorFile, new Dictionary<string, string>(), Restart: false), TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(
            async () => (await _runtime.DescribeAsync("shop", TestContext.Current.CancellationToken))!.Services.All(service => service.Status == 0)
                || (await _runtime.DescribeAsync("shop", TestContext.Current.CancellationToken))!.State != ProjectStates.Done,
            "the services to run");
    }
}
