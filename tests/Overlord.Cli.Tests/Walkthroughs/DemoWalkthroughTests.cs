using System.Diagnostics;
using System.Text.RegularExpressions;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 5's "Done when", played as a new user would from the README's first command, on a machine where git has no
/// user configured: <c>overlord demo</c> prints the URLs of the example service on two nodes (each answers 200) and
/// the git note of the deploy, and Ctrl-C to its process group stops everything, exit 0, no process left.
/// </summary>
public sealed partial class DemoWalkthroughTests : IAsyncDisposable
{
    private static readonly Dictionary<string, string> NoGitUser = new()
    {
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["EMAIL"] = "",
    };

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

    [Fact]
    public async Task The_demo_serves_the_example_from_two_nodes_shows_the_note_and_stops_everything_on_ctrl_c()
    {
        var data = _folder.Combine("data");
        _demo = DemoProcess.Start(data, NoGitUser);

        await Eventually.HoldsAsync(
            () => Task.FromResult(_demo.Lines.Contains("Press Ctrl-C to stop.") || _demo.HasExited), "the demo ready (or ended)", TimeSpan.FromSeconds(240));
        var output = _demo.Lines;
        var urls = output.Where(line => UrlLine().IsMatch(line)).ToList();
        using var http = new HttpClient();
        var pages = new List<string>();
        foreach (var url in urls)
        {
            pages.Add(await http.GetStringAsync(new Uri(url), Token));
        }

        var heading = output.ToList().FindIndex(line => line.StartsWith("git note (refs/notes/overlord) for commit ", StringComparison.Ordinal));
        var note = heading < 0 ? "" : string.Join('\n', output.Skip(heading + 1));
        var exitCode = await _demo.InterruptGroupAsync(Token);
        var leftovers = DemoProcess.ProcessesUnder(data);

        var all = string.Join('\n', output) + "\n" + await _demo.StandardErrorAsync();
        Assert.True(urls.Count >= 2, all);
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.All(pages, page => Assert.Contains("Hello from Overlord", page, StringComparison.Ordinal));
        Assert.True(heading >= 0, all);
        Assert.Contains("\"project\":\"hello\"", note, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"succeeded\"", note, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Empty(leftovers);
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:[0-9]+/$")]
    private static partial Regex UrlLine();
}
