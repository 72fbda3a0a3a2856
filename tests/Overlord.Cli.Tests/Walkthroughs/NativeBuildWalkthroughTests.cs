using System.Text.RegularExpressions;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// The build "Installing on Linux or macOS" tells a user to make, made as it says (<c>packaging/publish DIR</c>) and
/// run: one native executable (NativeAOT) that prints its version and libraries, prints a spec exactly as the build
/// the other tests run does, and runs the demo's tree of nodes and agent to a served, noted deploy and a clean stop.
/// The publish runs at the lowest priority: it compiles for minutes, and the other walkthroughs keep their pace.
/// </summary>
public sealed partial class NativeBuildWalkthroughTests : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("overlord-native");
    private DemoProcess? _demo;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (_demo is not null)
        {
            await _demo.DisposeAsync();
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task Packaging_publish_makes_one_native_executable_that_runs_commands_and_the_demo()
    {
        var publish = await ToolRunner.RunAsync(
            "nice",
            ["-n", "19", RepositoryLayout.PathOf("packaging", "publish"), _folder.Combine("opt")],
            new ToolRunOptions { Timeout = TimeSpan.FromMinutes(20) },
            Token);
        Assert.True(publish.ExitCode == 0, publish.StdOut + publish.StdErr);
        var overlord = _folder.Combine("opt", "overlord");
        Assert.Equal(overlord, publish.StdOut.Trim());
        Assert.Contains("NativeAOT", publish.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Combine("opt", "overlord.dll")));
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(overlord)[..4]);

        var version = await RunAsync(overlord, "version", "--verbose");
        Assert.True(version.ExitCode == ExitCodes.Ok, version.StdErr);
        Assert.Matches(@"(?m)^runtime: \.NET .*, native\)$", version.StdOut);
        Assert.Matches(@"(?m)^sqlite: 3\.", version.StdOut);
        Assert.Matches(@"(?m)^libgit2: 1\.", version.StdOut);

        var spec = RepositoryLayout.PathOf("examples-repo", "process", "hello.yml");
        var native = await RunAsync(overlord, "print-spec", "--file", spec);
        var jit = await RunAsync(RepositoryLayout.OverlordExecutable, "print-spec", "--file", spec);
        Assert.Equal(ExitCodes.Ok, native.ExitCode);
        Assert.Equal((jit.StdOut, jit.StdErr), (native.StdOut, native.StdErr));

        var data = _folder.Combine("demo");
        _demo = DemoProcess.Start(data, new Dictionary<string, string>(), overlord);
        await _demo.WaitUntilReadyAsync(TimeSpan.FromSeconds(240));
        var urls = _demo.Lines.Where(line => UrlLine().IsMatch(line)).ToList();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var pages = new List<string>();
        foreach (var url in urls)
        {
            pages.Add(await http.GetStringAsync(new Uri(url), Token));
        }

        var exitCode = await _demo.InterruptGroupAsync(Token);

        var all = string.Join('\n', _demo.Lines);
        Assert.True(urls.Count >= 2, all);
        Assert.All(pages, page => Assert.Contains("Hello from Overlord", page, StringComparison.Ordinal));
        Assert.Contains(_demo.Lines, line => line.StartsWith("git note (refs/notes/overlord) for commit ", StringComparison.Ordinal));
        Assert.Contains(_demo.Lines, line => line.Contains("\"state\":\"succeeded\"", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Empty(DemoProcess.ProcessesUnder(data));

        await The_agent_posts_github_commit_statusesAsync(overlord);
    }

    /// <summary>
    /// GitHub's commit statuses go through Octokit, whose own serializer maps JSON by reflection: the native build's
    /// agent posts the sync's pending and final statuses, reading GitHub's answers each time.
    /// </summary>
    private async Task The_agent_posts_github_commit_statusesAsync(string overlord)
    {
        await using var api = await FakeStatusApi.StartAsync();
        var origin = _folder.Combine("owner", "repo.git");
        var work = _folder.Combine("work");
        await GitAsync(_folder.Path, "init", "-q", "--bare", "-b", "main", origin);
        await GitAsync(_folder.Path, "init", "-q", "-b", "main", work);
        _folder.Write("work/specs/meta.yml", "kind: metadata\ndatacenters:\n  main:\n    entrypoint: http://127.0.0.1:9/\n    access_token: x\ndeployIn:\n  labels: [nowhere]\nmetadata:\n  hello.txt: hi\n");
        await GitAsync(work, "add", ".");
        await GitAsync(work, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one spec");
        await GitAsync(work, "push", "-q", origin, "main");
        var config = _folder.Write(
            "node/overlord.yml",
            $"listen: 127.0.0.1\nport: {TestPorts.Free()}\nruntime: process\ndata_dir: '{_folder.Combine("node", "data")}'\nlabels: [root]\n"
            + $"agent:\n  repository: 'file://{origin}'\n  branch: main\n  interval: 1\n  paths: ['specs/*.yml']\n"
            + $"  commit_status:\n    provider: github\n    api_url: '{api.BaseUrl}'\n    token: gh-token\n");

        await using var node = await ServeProcess.StartAsync(config, Token, executable: overlord);
        await Eventually.HoldsAsync(
            () => Task.FromResult(api.Posted.Any(post => post.Body["state"]?.GetValue<string>() == "success")), "a success status posted", TimeSpan.FromSeconds(60));

        var posted = api.Posted.ToList();
        Assert.All(posted, post => Assert.Equal("Bearer gh-token", post.Authorization));
        Assert.Equal(["pending", "success"], posted.Select(post => post.Body["state"]!.GetValue<string>()));
        Assert.All(posted, post => Assert.Equal("overlord/specs/meta.yml", post.Body["context"]!.GetValue<string>()));
    }

    private static async Task GitAsync(string directory, params string[] arguments)
    {
        var git = await ToolRunner.RunAsync("git", arguments, new ToolRunOptions { WorkingDirectory = directory, Timeout = TimeSpan.FromSeconds(60) }, Token);
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {git.StdErr}");
    }

    private static Task<ToolResult> RunAsync(string overlord, params string[] arguments) =>
        ToolRunner.RunAsync(
            overlord,
            arguments,
            new ToolRunOptions { Environment = new Dictionary<string, string> { ["OVERLORD_CONFIG"] = "" }, Timeout = TimeSpan.FromSeconds(60) },
            Token);

    [GeneratedRegex(@"^http://127\.0\.0\.1:[0-9]+/$")]
    private static partial Regex UrlLine();
}
