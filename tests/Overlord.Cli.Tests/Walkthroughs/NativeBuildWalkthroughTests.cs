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
