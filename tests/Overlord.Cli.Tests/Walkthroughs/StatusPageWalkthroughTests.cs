using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 13.3's "Done when", as a new user would try it: <c>overlord demo</c> (three <c>overlord serve</c> nodes
/// chained on 127.0.0.1, its hello project deployed by the root's agent), a <c>read</c> token from
/// <c>overlord gen-token --scope read</c>, and the root's <c>/ui/</c> opened in headless Chromium driven over the
/// DevTools protocol: it is sent to the login form, the token is typed in and submitted, and the page then shows
/// every node with its labels and the hello project as DONE. Its screenshots are kept in the test's folder, and in
/// docs/ with <c>OVERLORD_UPDATE_SCREENSHOT=1</c>.
/// </summary>
public sealed partial class StatusPageWalkthroughTests : IAsyncDisposable
{
    /// <summary>Set to 1 to write this run's screenshots over the README's (docs/status-page.png, docs/status-page-phone.png).</summary>
    public const string UpdateScreenshotVariable = "OVERLORD_UPDATE_SCREENSHOT";

    /// <summary>The whole walk, demo included, on a loaded machine: past it, the test fails instead of hanging.</summary>
    private static readonly TimeSpan Overall = TimeSpan.FromMinutes(4);

    private const int DesktopWidth = 1280;
    private const int DesktopHeight = 800;
    private const int PhoneWidth = 412;
    private const int PhoneHeight = 915;

    private static readonly Dictionary<string, string> NoGitUser = new()
    {
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["EMAIL"] = "",
    };

    /// <summary>What the page shows, read from its DOM in one go: where it is, its nodes, the agent's specs.</summary>
    private const string PageSummaryScript = """
        JSON.stringify({
          path: location.pathname,
          refreshes: Number((document.getElementById('live') || { dataset: {} }).dataset.refreshes || 0),
          cookies: document.cookie,
          overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
          html: document.documentElement.outerHTML,
          nodes: Array.from(document.querySelectorAll('#live section.node')).map(function (node) {
            return {
              chain: node.dataset.chain,
              reachable: node.dataset.reachable,
              labels: Array.from(node.querySelectorAll('.labels .label')).map(function (label) { return label.textContent; }),
              projects: Array.from(node.querySelectorAll('article.project')).map(function (project) {
                return project.dataset.project + ':' + project.dataset.state;
              })
            };
          }),
          specs: Array.from(document.querySelectorAll('#live [data-spec]')).map(function (row) { return row.dataset.spec; })
        })
        """;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly TempDirectory _folder = new("overlord-ui-walk");
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private DemoProcess? _demo;

    private static CancellationToken TestToken => TestContext.Current.CancellationToken;

    /// <summary>What is left of <see cref="Overall"/>, for each bounded wait.</summary>
    private TimeSpan Left => TimeSpan.FromTicks(Math.Max(0, (Overall - _elapsed.Elapsed).Ticks));

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

    [Fact]
    public async Task The_demos_status_page_in_headless_chromium_asks_for_a_token_then_shows_every_node_with_its_labels_and_the_hello_project_as_done()
    {
        HeadlessChromium.AssertInstalled();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestToken);
        deadline.CancelAfter(Overall);
        var token = deadline.Token;

        var data = _folder.Combine("data");
        _demo = DemoProcess.Start(data, NoGitUser);
        await _demo.WaitUntilReadyAsync(Left);
        var root = new Uri(EntrypointLine().Match(await File.ReadAllTextAsync(Path.Combine(data, "demo.env"), token)).Groups["url"].Value.Trim());
        var readToken = await OverlordExecutable.GenTokenAsync(Path.Combine(data, "nodes", "root", "overlord.yml"), "--scope", "read");

        string loginPath;
        PageSummary page;
        byte[] desktop;
        byte[] phone;
        PageSummary phonePage;
        string chromiumLeftovers;
        await using (var chromium = await HeadlessChromium.StartAsync(DesktopWidth, DesktopHeight, Left))
        {
            await using var tab = await chromium.FirstPageAsync(token);
            await tab.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(root, "/ui/").AbsoluteUri }, token);
            loginPath = await WaitForAsync(
                tab, "location.pathname + (document.getElementById('token') ? ' with a token field' : '')",
                path => path == "/ui/login with a token field", "chromium sent from /ui/ to the login form", token);

            await tab.EvaluateStringAsync("document.getElementById('token').focus(); ''", token);
            await tab.SendAsync("Input.insertText", new JsonObject { ["text"] = readToken }, token);
            await tab.EvaluateStringAsync("document.querySelector('form.login button[type=submit]').click(); ''", token);

            // The page as first served, then as its script has refreshed it: both must show the deployed tree.
            page = await WaitForPageAsync(tab, summary => ShowsTheDeployedTree(summary) && summary.Refreshes >= 1, token);
            desktop = await tab.ScreenshotAsync(DesktopWidth, DesktopHeight, mobile: false, token);
            await tab.SetViewportAsync(PhoneWidth, PhoneHeight, mobile: true, token);
            phonePage = await WaitForPageAsync(tab, ShowsTheDeployedTree, token);
            phone = await tab.ScreenshotAsync(PhoneWidth, PhoneHeight, mobile: true, token);
            chromiumLeftovers = chromium.ProfilePath;
        }

        var leftBrowsers = DemoProcess.ProcessesUnder(chromiumLeftovers);
        var exitCode = await _demo.InterruptGroupAsync(token);
        var leftNodes = DemoProcess.ProcessesUnder(data);

        Assert.Equal("/ui/login with a token field", loginPath);
        Assert.Equal("/ui/", page.Path);
        var nodes = page.Nodes.ToDictionary(node => node.Chain);
        Assert.Equal(["", "eu", "us"], nodes.Keys.Order(StringComparer.Ordinal));
        Assert.All(page.Nodes, node => Assert.Equal("true", node.Reachable));
        Assert.Equal(["root"], nodes[""].Labels);
        Assert.Equal(["demo", "web", "eu"], nodes["eu"].Labels);
        Assert.Equal(["demo", "web", "us"], nodes["us"].Labels);
        Assert.Contains("hello:DONE", nodes["eu"].Projects);
        Assert.Contains("hello:DONE", nodes["us"].Projects);
        Assert.Contains("process/hello.yml", page.Specs);
        Assert.DoesNotContain(readToken, page.Html, StringComparison.Ordinal);
        Assert.Equal("", page.Cookies);
        Assert.Equal(0, phonePage.Overflow);
        Assert.Equal(PngSignature, desktop.Take(8));
        Assert.Equal(PngSignature, phone.Take(8));
        Assert.Empty(leftBrowsers);
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Empty(leftNodes);

        await File.WriteAllBytesAsync(_folder.Combine("status-page.png"), desktop, token);
        await File.WriteAllBytesAsync(_folder.Combine("status-page-phone.png"), phone, token);
        if (Environment.GetEnvironmentVariable(UpdateScreenshotVariable) == "1")
        {
            await File.WriteAllBytesAsync(RepositoryLayout.PathOf("docs", "status-page.png"), desktop, token);
            await File.WriteAllBytesAsync(RepositoryLayout.PathOf("docs", "status-page-phone.png"), phone, token);
        }
    }

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static bool ShowsTheDeployedTree(PageSummary summary) =>
        summary.Path == "/ui/"
        && summary.Nodes.Count == 3
        && summary.Nodes.Where(node => node.Chain is "eu" or "us").Count(node => node.Projects.Contains("hello:DONE")) == 2;

    /// <summary>Polls an expression until its value satisfies <paramref name="holds"/>; the value it last had.</summary>
    private async Task<string> WaitForAsync(DevToolsPage tab, string expression, Func<string, bool> holds, string what, CancellationToken token) =>
        (await Eventually.ReadAsync(() => tab.TryEvaluateStringAsync(expression, token), value => value is not null && holds(value), what, Left))!;

    private async Task<PageSummary> WaitForPageAsync(DevToolsPage tab, Func<PageSummary, bool> holds, CancellationToken token)
    {
        var json = await WaitForAsync(
            tab, PageSummaryScript, value => Parse(value) is { } summary && holds(summary),
            "the status page showing eu and us with the hello project DONE", token);
        return Parse(json)!;
    }

    private static PageSummary? Parse(string json) => json.Length == 0 ? null : JsonSerializer.Deserialize<PageSummary>(json, Web);

    [GeneratedRegex(@"^OVERLORD_ENTRYPOINT=(?<url>.+)$", RegexOptions.Multiline)]
    private static partial Regex EntrypointLine();

    private sealed record PageSummary(string Path, int Refreshes, string Cookies, int Overflow, string Html, List<NodeSummary> Nodes, List<string> Specs);

    private sealed record NodeSummary(string Chain, string Reachable, List<string> Labels, List<string> Projects);
}
