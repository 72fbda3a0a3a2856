using System.Diagnostics;
using System.Text.RegularExpressions;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 5's "Done when", played as a new user would from the README's first command, on a machine where git has no
/// user configured: <c>overlord demo</c> prints the URLs of the example service on two nodes (each answers 200) and
/// the git note of the deploy; a change to the page pushed to the printed clone URL is served by both nodes within
/// 20 s with nothing else done (issue 9: the agent polls every 2 s); Ctrl-C to its process group stops everything,
/// exit 0, no process left.
/// </summary>
public sealed partial class DemoWalkthroughTests : IAsyncDisposable
{
    private static readonly Dictionary<string, string> NoGitUser = new()
    {
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["EMAIL"] = "",
    };

    private const string NewHeading = "Hello from a test push";

    private static readonly TimeSpan PushPatience = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _folder = new("overlord-demo-walk");
    private DemoProcess? _demo;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (_demo is not null)
        {
            await _demo.DisposeAsync();
        }

        foreach (var (id, _) in DemoProcess.ProcessesUnder(_folder.Path))
        {
            try
            {
                using var leftover = Process.GetProcessById(id);
                leftover.Kill();
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Gone by itself meanwhile.
            }
        }

        _folder.Dispose();
    }

    /// <summary>
    /// Issue 10.6: a closed terminal or a lost SSH session (SIGHUP to the group) stops the demo as Ctrl-C does.
    /// Issue 12.7: run with a PATH that has no git executable, the demo seeds, deploys and notes all the same.
    /// </summary>
    [Fact]
    public async Task A_hangup_of_the_demos_terminal_stops_every_node_and_service_as_ctrl_c_does()
    {
        var data = _folder.Combine("data");
        _demo = DemoProcess.Start(data, new Dictionary<string, string>(NoGitUser) { ["PATH"] = PathWithoutGit.Create(_folder.Combine("bin")) });
        await Eventually.HoldsAsync(
            () => Task.FromResult(_demo.Lines.Contains("Press Ctrl-C to stop.") || _demo.HasExited), "the demo ready (or ended)", TimeSpan.FromSeconds(240));
        var servicesBefore = DemoProcess.ProcessesUnder(data);

        var exitCode = await _demo.InterruptGroupAsync(Token, "HUP");
        var leftovers = DemoProcess.ProcessesUnder(data);

        var all = string.Join('\n', _demo.Lines) + "\n" + await _demo.StandardErrorAsync();
        Assert.True(servicesBefore.Count >= 3, all);
        Assert.Contains(_demo.Lines, line => line.Contains("(libgit2 ", StringComparison.Ordinal));
        Assert.Contains(_demo.Lines, line => line.StartsWith("git note (refs/notes/overlord) for commit ", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Empty(leftovers);
    }

    [Fact]
    public async Task The_demo_serves_the_example_from_two_nodes_shows_the_note_deploys_a_push_by_itself_and_stops_everything_on_ctrl_c()
    {
        var data = _folder.Combine("data");
        _demo = DemoProcess.Start(data, NoGitUser);

        await Eventually.HoldsAsync(
            () => Task.FromResult(_demo.Lines.Contains("Press Ctrl-C to stop.") || _demo.HasExited), "the demo ready (or ended)", TimeSpan.FromSeconds(240));
        var output = _demo.Lines;
        var urls = output.Where(line => UrlLine().IsMatch(line)).ToList();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var pages = new List<string>();
        foreach (var url in urls)
        {
            pages.Add(await http.GetStringAsync(new Uri(url), Token));
        }

        var heading = output.ToList().FindIndex(line => line.StartsWith("git note (refs/notes/overlord) for commit ", StringComparison.Ordinal));
        var note = heading < 0 ? "" : string.Join('\n', output.Skip(heading + 1));
        var cloneUrl = output.Select(line => CloneLine().Match(line)).FirstOrDefault(match => match.Success)?.Groups["url"].Value;
        Assert.True(cloneUrl is not null, string.Join('\n', output));
        var statusLine = output.FirstOrDefault(line => line.EndsWith(" agent-status", StringComparison.Ordinal))?.Trim();
        Assert.True(statusLine is not null, string.Join('\n', output));
        var pasted = await ToolRunner.RunAsync("sh", ["-c", statusLine], new ToolRunOptions { WorkingDirectory = _folder.Path, Environment = NoGitUser }, Token);
        await PushNewPageAsync(cloneUrl);
        var pushedPages = await PagesOnceAllSayAsync(http, urls, NewHeading, PushPatience);
        var exitCode = await _demo.InterruptGroupAsync(Token);
        var leftovers = DemoProcess.ProcessesUnder(data);

        var all = string.Join('\n', output) + "\n" + await _demo.StandardErrorAsync();
        Assert.True(urls.Count >= 2, all);
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.All(pages, page => Assert.Contains("Hello from Overlord", page, StringComparison.Ordinal));
        Assert.True(heading >= 0, all);
        Assert.Contains("\"project\":\"hello\"", note, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"succeeded\"", note, StringComparison.Ordinal);
        Assert.All(urls, url => Assert.Contains("     curl " + url, output));
        Assert.All(pushedPages, page => Assert.Contains(NewHeading, page, StringComparison.Ordinal));
        Assert.True(pasted.ExitCode == 0, $"{statusLine}: {pasted.StdOut}{pasted.StdErr}");
        Assert.Contains("process/hello.yml", pasted.StdOut, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Empty(leftovers);
    }

    /// <summary>
    /// What a user pastes from the demo's recipe, where git has no user configured: clone the printed URL, change
    /// the page's heading in hello-files.yml, commit with an identity given by -c, push. Nothing else: no sync, no webhook.
    /// </summary>
    private async Task PushNewPageAsync(string cloneUrl)
    {
        var clone = _folder.Combine("clone");
        await GitAsync(_folder.Path, "clone", "-q", cloneUrl, clone);
        var page = Path.Combine(clone, "process", "hello-files.yml");
        var text = await File.ReadAllTextAsync(page, Token);
        Assert.Contains("<h1>Hello from Overlord</h1>", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(page, text.Replace("<h1>Hello from Overlord</h1>", $"<h1>{NewHeading}</h1>", StringComparison.Ordinal), Token);
        await GitAsync(clone, "-c", "user.name=demo", "-c", "user.email=demo@localhost", "commit", "-q", "-am", "new page");
        await GitAsync(clone, "push", "-q");
    }

    /// <summary>Asks every URL until all pages contain the text or the patience runs out; the last pages (or errors) seen.</summary>
    private static Task<string[]> PagesOnceAllSayAsync(HttpClient http, IReadOnlyList<string> urls, string text, TimeSpan patience) =>
        Eventually.LastReadAsync(
            () => Task.WhenAll(urls.Select(url => PageOrErrorAsync(http, url))),
            pages => pages.All(page => page.Contains(text, StringComparison.Ordinal)),
            patience);

    /// <summary>The page, or why there is none: the redeploy stops the service before it starts it again.</summary>
    private static async Task<string> PageOrErrorAsync(HttpClient http, string url)
    {
        try
        {
            return await http.GetStringAsync(new Uri(url), Token);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !Token.IsCancellationRequested))
        {
            return $"{url}: {exception.Message}";
        }
    }

    private static async Task GitAsync(string directory, params string[] arguments)
    {
        var result = await ToolRunner.RunAsync("git", arguments, new ToolRunOptions { WorkingDirectory = directory, Environment = NoGitUser }, Token);
        Assert.True(result.Succeeded, $"git {string.Join(' ', arguments)}: {result.StdErr}");
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:[0-9]+/$")]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"^ +git clone (?<url>file://\S+) ")]
    private static partial Regex CloneLine();
}
