using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// A node killed with SIGKILL (alone: its service processes live on) deals with what it left when it comes
/// back: a running project's processes are adopted, not started twice; a down it was in the middle of finishes.
/// </summary>
public sealed class NodeRecoveryTests : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("overlord-recovery");
    private readonly List<int> _servicePids = [];
    private readonly ServedTree _served = new();
    private ServeProcess? _node;
    private HttpClient? _http;
    private string _config = "";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        foreach (var pid in _servicePids)
        {
            ProcessGroups.Signal(pid, ProcessGroups.ForceKill); // whatever a failed test left
        }

        _http?.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_node_killed_while_a_project_is_up_adopts_its_processes_and_a_later_down_stops_them()
    {
        var webPort = ServeProcess.FreePort();
        var http = await StartNodeAsync();
        var makejail = _folder.Write("web.makejail", $"STAGE start\nCMD echo $$ > pid; exec ${{OVERLORD_BIN}} httpd --listen 127.0.0.1:{webPort} --text adopted\n");
        await RunJobAsync(http, "up", "web", new { director_file = $"services:\n  web:\n    makejail: {makejail}\n" });
        var pid = await ServicePidAsync("web");
        await Eventually.HoldsAsync(async () => await ServedPage.TryReadAsync(webPort) == "adopted", "the service to answer");

        await _node!.KillNodeOnlyAsync();
        Assert.True(await IsAliveAsync(pid), "the service should outlive the killed node");
        _node = await _served.StartAsync(_config);

        var info = await http.GetFromJsonAsync<JsonObject>("v1/project/info/web", Token);
        Assert.Equal(("DONE", 0), ((string?)info!["info"]!["state"], (int)info["info"]!["services"]![0]!["status"]!));
        Assert.Equal(pid, await ServicePidAsync("web"));
        Assert.Equal("adopted", await ServedPage.TryReadAsync(webPort));

        var down = await RunJobAsync(http, "down", "web", new { });
        Assert.Equal("COMPLETED", (string?)down["message"]);
        await Eventually.HoldsAsync(async () => !await IsAliveAsync(pid), "the adopted service to be stopped by the down");
        Assert.Null(await ServedPage.TryReadAsync(webPort));
    }

    [Fact]
    public async Task A_node_killed_in_the_middle_of_a_down_finishes_the_down_when_it_comes_back()
    {
        var http = await StartNodeAsync();

        // Ignores TERM, so the down waits the stop timeout before KILL: time to kill the node mid-down.
        var makejail = _folder.Write("stubborn.makejail", "STAGE start\nCMD trap '' TERM; echo $$ > pid; while :; do sleep 1; done\n");
        await RunJobAsync(http, "up", "stubborn", new { director_file = $"services:\n  app:\n    makejail: {makejail}\n" });
        var pid = await ServicePidAsync("stubborn");
        var downId = await EnqueueAsync(http, "down", "stubborn", new { });
        await Eventually.HoldsAsync(async () => await StateAsync(http, "stubborn") == "DESTROYING", "the down to start");

        await _node!.KillNodeOnlyAsync();
        Assert.True(await IsAliveAsync(pid), "the service should outlive the killed node");
        _node = await _served.StartAsync(_config);

        var job = await WaitForJobAsync(http, "stubborn", downId);
        Assert.Equal(("completed", 2, "COMPLETED"), ((string?)job["state"], (int)job["attempts"]!, (string?)job["message"]));
        Assert.DoesNotContain(job["log"]!.AsArray(), line => ((string?)line!["line"])!.Contains("unexpected state", StringComparison.Ordinal));
        Assert.Null(await StateAsync(http, "stubborn"));
        await Eventually.HoldsAsync(async () => !await IsAliveAsync(pid), "the service of the destroyed project to be stopped");
    }

    private async Task<HttpClient> StartNodeAsync()
    {
        var port = ServeProcess.FreePort();
        _config = _folder.Write("node/overlord.yml", $"listen: 127.0.0.1\nport: {port}\nruntime: process\ndata_dir: '{_folder.Combine("node", "data")}'\n");
        var token = (await ToolRunner.RunAsync(RepositoryLayout.OverlordExecutable, ["gen-token"], new ToolRunOptions
        {
            Environment = new Dictionary<string, string> { ["OVERLORD_CONFIG"] = _config },
            Timeout = TimeSpan.FromSeconds(60),
        }, Token)).StdOut.Trim();
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        _http.DefaultRequestHeaders.Add("Authorization", $"Bearer {token}");
        _node = await _served.StartAsync(_config);
        return _http;
    }

    /// <summary>The pid the project's only service wrote in its root folder (the leader of its process group).</summary>
    private async Task<int> ServicePidAsync(string project)
    {
        var jails = _folder.Combine("node", "data", "process-runtime", "projects", project, "jails");
        var pid = 0;
        await Eventually.HoldsAsync(
            () => Directory.Exists(jails)
                && Directory.EnumerateFiles(jails, "pid", SearchOption.AllDirectories).FirstOrDefault() is { } file
                && int.TryParse(File.ReadAllText(file).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out pid),
            "the service's pid file");
        _servicePids.Add(pid);
        return pid;
    }

    private static async Task<bool> IsAliveAsync(int pid)
    {
        var result = await ToolRunner.RunAsync(
            "ps", ["-o", "stat=", "-p", pid.ToString(CultureInfo.InvariantCulture)], new ToolRunOptions { Timeout = TimeSpan.FromSeconds(10) }, Token);
        var state = result.StdOut.Trim();
        return result.Succeeded && state.Length > 0 && !state.StartsWith('Z');
    }

    private static async Task<string?> StateAsync(HttpClient http, string project)
    {
        using var reply = await http.GetAsync($"v1/project/info/{project}", Token);
        return reply.StatusCode == HttpStatusCode.NotFound
            ? null
            : (string?)(await reply.Content.ReadFromJsonAsync<JsonObject>(Token))!["info"]!["state"];
    }

    private static async Task<JsonNode> RunJobAsync(HttpClient http, string action, string project, object body)
    {
        var job = await WaitForJobAsync(http, project, await EnqueueAsync(http, action, project, body));
        Assert.Equal("completed", (string?)job["state"]);
        return job;
    }

    private static async Task<long> EnqueueAsync(HttpClient http, string action, string project, object body)
    {
        using var reply = await http.PostAsJsonAsync($"v1/project/{action}/{project}", body, Token);
        return (long)(await reply.Content.ReadFromJsonAsync<JsonObject>(Token))!["job_id"]!;
    }

    private static async Task<JsonNode> WaitForJobAsync(HttpClient http, string project, long jobId) =>
        (await Eventually.ReadAsync(
            () => JobAsync(http, project, jobId),
            job => job?["state"]?.ToString() is "completed" or "failed" or "cancelled",
            $"job {jobId} to end",
            TimeSpan.FromSeconds(90)))!;

    private static async Task<JsonNode?> JobAsync(HttpClient http, string project, long jobId)
    {
        var jobs = await http.GetFromJsonAsync<JsonObject>($"v1/project/jobs/{project}", Token);
        return jobs?["jobs"]?.AsArray().FirstOrDefault(j => (long?)j?["job_id"] == jobId);
    }
}
