using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 15's walkthrough: with a fake <c>appjail-director</c> that removes its project lock only when it gets
/// SIGTERM and a moment to clean up, <c>overlord cancel</c> of a running up and a node stopped with SIGTERM during
/// an up both leave no lock behind, and the next up of that project runs.
/// </summary>
public sealed class DirectorStopWalkthroughTests : IAsyncDisposable
{
    private readonly FakeToolbox _tools = FakeToolbox.Create();
    private readonly ServedTree _served = new();
    private ServeProcess? _node;
    private HttpClient? _http;
    private string _config = "";
    private string _token = "";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        _http?.Dispose();
        _tools.Dispose();
    }

    [Fact]
    public async Task Overlord_cancel_of_a_running_up_leaves_no_lock_and_the_next_up_runs()
    {
        var http = await StartNodeAsync();
        var spec = WriteSpec();
        _tools.DelayUps(TimeSpan.FromMinutes(5));
        var apply = await RunAsync("apply", "-f", spec);
        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdErr + apply.StdOut);
        var upId = await LatestJobIdAsync(http, "up");
        await Eventually.HoldsAsync(async () => await LockedAsync(http) == true, "Director to lock the project");

        var cancel = await RunAsync("cancel", "-f", spec);

        Assert.True(cancel.ExitCode == ExitCodes.Ok, cancel.StdErr + cancel.StdOut);
        var up = await WaitForJobAsync(http, upId);
        Assert.Equal("cancelled", (string?)up["state"]);
        Assert.Equal(false, await LockedAsync(http));
        _tools.DelayUps(TimeSpan.Zero);
        await AssertNextUpCompletesAsync(http, spec);
    }

    [Fact]
    public async Task A_node_stopped_with_SIGTERM_during_an_up_leaves_no_lock_and_the_next_up_runs()
    {
        var http = await StartNodeAsync();
        var spec = WriteSpec();
        _tools.DelayUps(TimeSpan.FromMinutes(5));
        var apply = await RunAsync("apply", "-f", spec);
        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdErr + apply.StdOut);
        var upId = await LatestJobIdAsync(http, "up");
        await Eventually.HoldsAsync(async () => await LockedAsync(http) == true, "Director to lock the project");

        await _node!.StopAsync(Token);
        _tools.DelayUps(TimeSpan.Zero);
        _node = await _served.StartAsync(_config, _tools.Environment);

        // The interrupted up is queued again and, with no lock left, runs to the end.
        var up = await WaitForJobAsync(http, upId);
        Assert.Equal(("completed", "COMPLETED"), ((string?)up["state"], (string?)up["message"]));
        Assert.Equal(false, await LockedAsync(http));
        await AssertNextUpCompletesAsync(http, spec);
    }

    private async Task AssertNextUpCompletesAsync(HttpClient http, string spec)
    {
        var before = await LatestJobIdAsync(http, "up");
        var apply = await RunAsync("apply", "-f", spec);
        Assert.True(apply.ExitCode == ExitCodes.Ok, apply.StdErr + apply.StdOut);
        long next = 0;
        await Eventually.HoldsAsync(async () => (next = await LatestJobIdAsync(http, "up")) > before, "the next up to be queued");
        var job = await WaitForJobAsync(http, next);
        Assert.Equal(("completed", "COMPLETED"), ((string?)job["state"], (string?)job["message"]));
        var info = await http.GetFromJsonAsync<JsonObject>("v1/project/info/web", Token);
        Assert.Equal("DONE", (string?)info!["info"]!["state"]);
    }

    private async Task<HttpClient> StartNodeAsync()
    {
        var port = ServeProcess.FreePort();
        var root = _tools.Root;
        _config = Path.Combine(root, "node", "overlord.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(_config)!);
        File.WriteAllText(_config, $"""
            listen: 127.0.0.1
            port: {port}
            runtime: appjail
            data_dir: '{Path.Combine(root, "node", "data")}'
            stop_grace: 20
            director:
              logs: '{_tools.DirectorLogsDirectory}'
              projects: '{_tools.DirectorProjectsDirectory}'
              locks: '{_tools.DirectorLocksDirectory}'
            appjail:
              jails: '{_tools.JailsDirectory}'
              logs: '{Path.Combine(root, "appjail-logs")}'
            """);
        _token = (await ToolRunner.RunAsync(RepositoryLayout.OverlordExecutable, ["gen-token"], new ToolRunOptions
        {
            Environment = new Dictionary<string, string> { ["OVERLORD_CONFIG"] = _config },
            Timeout = TimeSpan.FromSeconds(60),
        }, Token)).StdOut.Trim();
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        _http.DefaultRequestHeaders.Add("Authorization", $"Bearer {_token}");
        _node = await _served.StartAsync(_config, _tools.Environment);
        return _http;
    }

    private string WriteSpec()
    {
        var path = Path.Combine(_tools.Root, "web.yml");
        File.WriteAllText(path, $"""
            kind: directorProject
            datacenters:
              main:
                entrypoint: "{_http!.BaseAddress!.AbsoluteUri.TrimEnd('/')}"
                access_token: "{_token}"
            deployIn:
              labels: [all]
            projectName: web
            projectFile: |
              services:
                web:
                  makejail: Makejail
            """);
        return path;
    }

    private Task<ToolResult> RunAsync(params string[] args) =>
        ToolRunner.RunAsync(
            RepositoryLayout.OverlordExecutable,
            args,
            new ToolRunOptions
            {
                WorkingDirectory = _tools.Root,
                Environment = new Dictionary<string, string> { ["OVERLORD_CONFIG"] = "" },
                Timeout = TimeSpan.FromSeconds(120),
            },
            Token);

    private static async Task<bool?> LockedAsync(HttpClient http)
    {
        using var reply = await http.GetAsync("v1/project/info/web", Token);
        return reply.IsSuccessStatusCode
            ? (bool?)(await reply.Content.ReadFromJsonAsync<JsonObject>(Token))!["info"]!["locked"]
            : null;
    }

    private static async Task<long> LatestJobIdAsync(HttpClient http, string kind)
    {
        var jobs = await http.GetFromJsonAsync<JsonObject>("v1/project/jobs/web", Token);
        return jobs?["jobs"]?.AsArray()
            .Where(job => (string?)job?["kind"] == kind)
            .Select(job => (long)job!["job_id"]!)
            .DefaultIfEmpty(0)
            .Max() ?? 0;
    }

    private static async Task<JsonNode> WaitForJobAsync(HttpClient http, long jobId) =>
        (await Eventually.ReadAsync(
            () => JobAsync(http, jobId),
            job => job?["state"]?.ToString() is "completed" or "failed" or "cancelled",
            $"job {jobId} to end",
            TimeSpan.FromSeconds(90)))!;

    private static async Task<JsonNode?> JobAsync(HttpClient http, long jobId)
    {
        var jobs = await http.GetFromJsonAsync<JsonObject>("v1/project/jobs/web", Token);
        return jobs?["jobs"]?.AsArray().FirstOrDefault(j => (long?)j?["job_id"] == jobId);
    }
}
