using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Overlord.Runtime.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 13.3's "Done when", as a new user would try it: the demo's tree (three <c>overlord serve</c> nodes chained
/// on 127.0.0.1, its hello project deployed by the root's agent), the root's status page opened in headless
/// Chromium, the login form filled in with a token through the DevTools protocol; the page then shows every node
/// with its labels and the hello project as DONE, its script refreshes it, and its cookie stays out of the script's reach.
/// </summary>
public sealed partial class StatusPageWalkthroughTests : IAsyncDisposable
{
    /// <summary>Set to 1 to keep the screenshot of this run as the README's (docs/status-page.png).</summary>
    public const string WriteScreenshotVariable = "OVERLORD_TEST_WRITE_SCREENSHOT";

    private static readonly string[] CookieFlags = ["httponly", "samesite=strict", "path=/ui"];

    private const int PhoneWidth = 412;
    private const int PhoneHeight = 915;

    private static readonly Dictionary<string, string> NoGitUser = new()
    {
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
    };

    private readonly TempDirectory _folder = new("overlord-ui-walk");
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

    [Fact]
    public async Task The_status_page_of_the_demos_tree_in_headless_chromium_shows_every_node_with_its_labels_and_the_hello_project_as_done()
    {
        var data = _folder.Combine("data");
        _demo = DemoProcess.Start(data, NoGitUser);
        await Eventually.HoldsAsync(
            () => Task.FromResult(_demo.Lines.Contains("Press Ctrl-C to stop.") || _demo.HasExited), "the demo ready (or ended)", TimeSpan.FromSeconds(600));
        var demoOutput = string.Join('\n', _demo.Lines);
        Assert.False(_demo.HasExited, demoOutput + await _demo.StandardErrorAsync());
        var root = new Uri(EntrypointLine().Match(await File.ReadAllTextAsync(Path.Combine(data, "demo.env"), Token)).Groups["url"].Value.Trim('"', '\''));
        var token = await ReadTokenAsync(Path.Combine(data, "nodes", "root", "overlord.yml"));

        var refusals = await RefusalsAsync(root, token);
        var (html, scriptCookies, overflow, screenshot) = await BrowseAsync(new Uri(root, "/ui/"), token);

        var sections = NodeSection().Matches(html).ToDictionary(match => match.Groups["chain"].Value, match => match.Value);
        Assert.Equal(["", "eu", "us"], sections.Keys.Order(StringComparer.Ordinal));
        Assert.All(sections.Values, section => Assert.Contains("data-reachable=\"true\"", section, StringComparison.Ordinal));
        Assert.Contains("<span class=\"label\">root</span>", sections[""], StringComparison.Ordinal);
        foreach (var (chain, region) in new[] { ("eu", "eu"), ("us", "us") })
        {
            Assert.All(["demo", "web", region], label => Assert.Contains($"<span class=\"label\">{label}</span>", sections[chain], StringComparison.Ordinal));
            Assert.Contains("data-project=\"hello\" data-state=\"DONE\"", sections[chain], StringComparison.Ordinal);
            Assert.Contains("smart timeout: enabled", sections[chain], StringComparison.Ordinal);
        }

        Assert.Contains("<section class=\"agent\">", html, StringComparison.Ordinal);
        Assert.Contains("data-spec=\"process/hello.yml\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(token, html, StringComparison.Ordinal);
        Assert.Equal("", scriptCookies);
        Assert.Equal(0, overflow);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], screenshot.Take(4));
        Assert.Equal(
            ["/ui/ 303 /ui/login", "/ui/status 401", "bad token 401 not valid", "oversized 413", "good token 303 /ui/ httponly samesite=strict path=/ui"],
            refusals);
        if (Environment.GetEnvironmentVariable(WriteScreenshotVariable) == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(RepositoryLayout.Root, "docs", "status-page.png"), screenshot, Token);
        }
    }

    /// <summary>A token of the root, as its operator makes one: <c>overlord gen-token</c> with the root's config.</summary>
    private static async Task<string> ReadTokenAsync(string config)
    {
        var result = await ToolRunner.RunAsync(RepositoryLayout.OverlordExecutable, ["gen-token", "--config", config], null, Token);
        Assert.True(result.Succeeded, result.StdErr);
        return result.StdOut.Trim();
    }

    /// <summary>What a client without a good cookie gets, one line per try (the login form's body bounded too).</summary>
    private static async Task<List<string>> RefusalsAsync(Uri root, string token)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = HeadlessChromium.Patience };
        var lines = new List<string>();
        using (var page = await http.GetAsync(new Uri(root, "/ui/"), Token))
        {
            lines.Add($"/ui/ {(int)page.StatusCode} {page.Headers.Location}");
        }

        using (var fragment = await http.GetAsync(new Uri(root, "/ui/status"), Token))
        {
            lines.Add($"/ui/status {(int)fragment.StatusCode}");
        }

        using (var bad = await PostLoginAsync(http, root, "token=" + WebUtility.UrlEncode("eyJhbGciOiJIUzI1NiJ9.e30.bad")))
        {
            var text = await bad.Content.ReadAsStringAsync(Token);
            lines.Add($"bad token {(int)bad.StatusCode} {(text.Contains("not valid", StringComparison.Ordinal) ? "not valid" : text)}");
        }

        using (var oversized = await PostLoginAsync(http, root, "token=" + new string('a', 9000)))
        {
            lines.Add($"oversized {(int)oversized.StatusCode}");
        }

        using (var good = await PostLoginAsync(http, root, "token=" + WebUtility.UrlEncode(token)))
        {
            var cookie = good.Headers.TryGetValues("Set-Cookie", out var values) ? string.Join(' ', values).ToLowerInvariant() : "";
            var flags = string.Join(' ', CookieFlags.Where(flag => cookie.Contains(flag, StringComparison.Ordinal)));
            lines.Add($"good token {(int)good.StatusCode} {good.Headers.Location} {flags}");
        }

        return lines;
    }

    private static Task<HttpResponseMessage> PostLoginAsync(HttpClient http, Uri root, string body) =>
        http.PostAsync(new Uri(root, "/ui/login"), new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"), Token);

    /// <summary>
    /// Chromium at a phone's size opens the page, is sent to the login form, gets the token typed in and submitted
    /// there, and waits until the page's script has refreshed it once. Returns the page then, what its script sees
    /// of the cookies, how far it overflows the screen's width, and a screenshot of the whole page.
    /// </summary>
    private static async Task<(string Html, string ScriptCookies, int Overflow, byte[] Screenshot)> BrowseAsync(Uri page, string token)
    {
        await using var chromium = await HeadlessChromium.StartAsync(page.AbsoluteUri, PhoneWidth, PhoneHeight, Token);
        await using var tab = await chromium.FirstPageAsync(Token);
        await Eventually.HoldsAsync(
            async () => await tab.EvaluateStringAsync("location.pathname + ':' + (document.getElementById('token') !== null)", Token) == "/ui/login:true",
            "chromium sent to the login form", HeadlessChromium.Patience);

        var typed = JsonValue.Create(token).ToJsonString();
        await tab.EvaluateAsync($"document.getElementById('token').value = {typed}; document.querySelector('form.login').submit(); true", Token);
        await Eventually.HoldsAsync(
            async () => await tab.EvaluateStringAsync(
                "String(location.pathname === '/ui/' && Number(document.getElementById('live').dataset.refreshes) >= 1)", Token) == "true",
            "the status page shown and refreshed by its script", HeadlessChromium.Patience);

        var html = await tab.EvaluateStringAsync("document.documentElement.outerHTML", Token);
        var cookies = await tab.EvaluateStringAsync("document.cookie", Token);
        var overflow = (await tab.EvaluateAsync("Math.max(0, document.documentElement.scrollWidth - window.innerWidth)", Token)).GetInt32();
        var shot = await tab.SendAsync(
            "Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true }, Token);
        return (html, cookies, overflow, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    [GeneratedRegex(@"^OVERLORD_ENTRYPOINT=(?<url>.+)$", RegexOptions.Multiline)]
    private static partial Regex EntrypointLine();

    [GeneratedRegex("""<section class="node" data-chain="(?<chain>[^"]*)".*?</section>""", RegexOptions.Singleline)]
    private static partial Regex NodeSection();
}
