using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Chromium (the package <c>chromium</c>) started headless with a profile of its own in a temp folder and the DevTools protocol on
/// a free port of 127.0.0.1 (it writes the port it took to DevToolsActivePort in the profile). Disposing it kills
/// the browser, every process it started, and anything left that names its profile.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>The command of the package chromium: Debian's is chromium, FreeBSD's chrome.</summary>
    private static readonly string[] Commands = ["chromium", "chrome"];

    private readonly Process _process;
    private readonly TempDirectory _profile;
    private readonly List<string> _errors;

    private HeadlessChromium(Process process, TempDirectory profile, List<string> errors)
    {
        _process = process;
        _profile = profile;
        _errors = errors;
    }

    /// <summary>The DevTools port on 127.0.0.1, once the browser has written it.</summary>
    public int Port { get; private set; }

    /// <summary>The profile folder: every process of this browser names it on its command line.</summary>
    public string ProfilePath => _profile.Path;

    /// <summary>Fails the test, naming the package, when Chromium is not on the PATH: a missing browser is not a pass.</summary>
    public static string AssertInstalled()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var found = Commands.SelectMany(command => folders.Select(folder => Path.Combine(folder, command))).FirstOrDefault(File.Exists);
        Assert.True(
            found is not null,
            "The status page walkthrough needs headless Chromium and there is no 'chromium' (nor FreeBSD's 'chrome') on the PATH: " +
            "install the package chromium (Debian: apt-get install chromium; FreeBSD: pkg install chromium), or run ./test.sh as root, which installs it.");
        return found;
    }

    /// <summary>Starts the browser on a blank page, <paramref name="width"/> by <paramref name="height"/>, and waits for its DevTools port.</summary>
    public static async Task<HeadlessChromium> StartAsync(int width, int height, TimeSpan limit)
    {
        var executable = AssertInstalled();
        var profile = new TempDirectory("overlord-chromium");
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", $"--user-data-dir={profile.Path}",
                string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"), "about:blank",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Read as it comes and never awaited to its end: a helper process of the browser may hold the pipes open.
        var errors = new List<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        process.ErrorDataReceived += (_, line) => Collect(errors, line.Data);
        process.OutputDataReceived += (_, line) => Collect(errors, line.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var browser = new HeadlessChromium(process, profile, errors);
        var portFile = Path.Combine(profile.Path, "DevToolsActivePort");
        var ready = await Eventually.HeldAsync(() => process.HasExited || (File.Exists(portFile) && File.ReadAllLines(portFile).Length >= 2), limit);
        if (!ready || process.HasExited)
        {
            await browser.DisposeAsync();
            Assert.Fail($"chromium {(ready ? "exited at start" : "wrote no DevToolsActivePort within " + limit)}:\n{browser.Errors}");
        }

        browser.Port = int.Parse(File.ReadAllLines(portFile)[0], NumberStyles.None, CultureInfo.InvariantCulture);
        return browser;
    }

    /// <summary>The browser's last lines of output, for a failure message.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return string.Join('\n', _errors.TakeLast(40));
            }
        }
    }

    /// <summary>The DevTools websocket of the browser's first page.</summary>
    public async Task<DevToolsPage> FirstPageAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var targets = await http.GetFromJsonAsync<JsonElement>(new Uri($"http://127.0.0.1:{Port}/json/list"), cancellationToken);
        var page = targets.EnumerateArray().First(target => target.GetProperty("type").GetString() == "page");
        return await DevToolsPage.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(limit.Token);
        }

        // A helper that outlived its parent (reparented away from the tree) still names the profile.
        foreach (var (id, _) in DemoProcess.ProcessesUnder(_profile.Path))
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

        _process.Dispose();
        _profile.Dispose();
    }

    private static void Collect(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }
}
