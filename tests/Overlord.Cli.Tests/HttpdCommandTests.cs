using System.Diagnostics;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

public sealed class HttpdCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new("overlord-httpd");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Httpd_serves_the_files_of_its_root_and_text_for_the_rest()
    {
        var ct = TestContext.Current.CancellationToken;
        _folder.Write("www/index.html", "<h1>Hello</h1>\n");
        using var process = Process.Start(new ProcessStartInfo(RepositoryLayout.OverlordExecutable)
        {
            ArgumentList = { "httpd", "--listen", "127.0.0.1:0", "--root", _folder.Combine("www"), "--text", "fallback" },
            RedirectStandardOutput = true,
        })!;
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(TimeSpan.FromSeconds(30));
            var first = await process.StandardOutput.ReadLineAsync(limit.Token);
            Assert.NotNull(first);
            var url = first[first.IndexOf("http://", StringComparison.Ordinal)..];
            using var client = new HttpClient();

            Assert.Equal("<h1>Hello</h1>\n", await client.GetStringAsync(new Uri(url), ct));
            Assert.Equal("fallback", await client.GetStringAsync(new Uri(url + "../../etc/passwd"), ct));
            Assert.Equal("fallback", await client.GetStringAsync(new Uri(url + "missing"), ct));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
        }
    }
}
