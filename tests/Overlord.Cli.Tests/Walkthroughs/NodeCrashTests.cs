using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>A node killed with SIGKILL in the middle of a job finishes it after a restart: nothing queued is lost.</summary>
public sealed class NodeCrashTests : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("overlord-crash");
    private readonly ServedTree _served = new();
    private ServeProcess? _node;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        _folder.Dispose();
    }

    [Fact]
    public async Task A_node_killed_mid_job_completes_the_job_after_restart()
    {
        var port = ServeProcess.FreePort();
        var webPort = ServeProcess.FreePort();
        var config = _folder.Write("node/overlord.yml", $"listen: 127.0.0.1\nport: {port}\nruntime: process\ndata_dir: '{_folder.Combine("node", "data")}'\n");
        var token = (await ToolRunner.RunAsync(RepositoryLayout.OverlordExecutable, ["gen-token"], new ToolRunOptions
        {
            Environment = new Dictionary<string, string> { ["OVERLORD_CONFIG"] = config },
            Timeout = TimeSpan.FromSeconds(60),
        }, Token)).StdOut.Trim();
        var makejail = _folder.Write("slow.makejail", $"RUN sleep 3\nSTAGE start\nCMD ${{OVERLORD_BIN}} httpd --listen 127.0.0.1:{webPort} --text survived\n");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        http.DefaultRequestHeaders.Add("Authorization", $"Bearer {token}");
        _node = await _served.StartAsync(config);

        var reply = await http.PostAsJsonAsync("v1/project/up/slow", new { director_file = $"services:\n  web:\n    makejail: {makejail}\n" }, Token);
        var jobId = (long)(await reply.Content.ReadFromJsonAsync<JsonObject>(Token))!["job_id"]!;
        await Eventually.HoldsAsync(async () => (await JobAsync(http, jobId))?["state"]?.ToString() == "running", "the job to run");
        await _node.DisposeAsync(); // SIGKILL: Process.Kill sends it on Unix
        _node = await _served.StartAsync(config);
        await Eventually.HoldsAsync(async () => (await JobAsync(http, jobId))?["state"]?.ToString() == "completed", "the job to complete after the restart", TimeSpan.FromSeconds(90));

        var job = (await JobAsync(http, jobId))!;
        Assert.Equal(2, (int)job["attempts"]!);
        var info = await http.GetFromJsonAsync<JsonObject>("v1/project/info/slow", Token);
        Assert.Equal("DONE", (string?)info!["info"]!["state"]);
        using var web = new HttpClient();
        await Eventually.HoldsAsync(async () => await AnswersAsync(web, $"http://127.0.0.1:{webPort}/") == "survived", "the service to answer");
        var down = await http.PostAsync("v1/project/down/slow", JsonContent.Create(new { }), Token);
        var downId = (long)(await down.Content.ReadFromJsonAsync<JsonObject>(Token))!["job_id"]!;
        await Eventually.HoldsAsync(async () => (await JobAsync(http, downId))?["state"]?.ToString() == "completed", "the down job to complete");
    }

    private static async Task<string?> AnswersAsync(HttpClient web, string url)
    {
        try
        {
            return await web.GetStringAsync(url, Token);
        }
        catch (HttpRequestException)
        {
            return null; // not listening yet: the supervisor has just started it
        }
    }

    private static async Task<JsonNode?> JobAsync(HttpClient http, long jobId)
    {
        var jobs = await http.GetFromJsonAsync<JsonObject>("v1/project/jobs/slow", Token);
        return jobs?["jobs"]?.AsArray().FirstOrDefault(j => (long?)j?["job_id"] == jobId);
    }
}
