using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Debian's <c>chromium</c> started headless with a profile of its own and the DevTools protocol on a free port of
/// 127.0.0.1 (it writes the port it took to DevToolsActivePort in the profile), opened at the URL it is given.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "chromium";

    private readonly Process _process;
    private readonly TempDirectory _profile;

    private HeadlessChromium(Process process, TempDirectory profile, int port)
    {
        _process = process;
        _profile = profile;
        Port = port;
    }

    public int Port { get; }

    /// <summary>How long a step of the browser may take on a loaded machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static async Task<HeadlessChromium> StartAsync(string url, int width, int height, CancellationToken cancellationToken)
    {
        var profile = new TempDirectory("overlord-chromium");
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList =
            {
                "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", $"--user-data-dir={profile.Path}",
                string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"), url,
            },
            // Not redirected: a helper process of chromium's could hold a pipe open after the browser is gone.
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var portFile = Path.Combine(profile.Path, "DevToolsActivePort");
        await Eventually.HoldsAsync(() => Task.FromResult(File.Exists(portFile) && File.ReadAllLines(portFile).Length >= 2 || process.HasExited), "chromium's DevTools port", Patience);
        Assert.False(process.HasExited, "chromium exited at start");
        var port = int.Parse(File.ReadAllLines(portFile)[0], NumberStyles.None, CultureInfo.InvariantCulture);
        return new HeadlessChromium(process, profile, port);
    }

    /// <summary>The DevTools websocket of the first page (the one opened at start).</summary>
    public async Task<DevToolsPage> FirstPageAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = Patience };
        var targets = await http.GetFromJsonAsync<JsonElement>(new Uri($"http://127.0.0.1:{Port}/json/list"), cancellationToken);
        var page = targets.EnumerateArray().First(target => target.GetProperty("type").GetString() == "page");
        return await DevToolsPage.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        _profile.Dispose();
    }
}
