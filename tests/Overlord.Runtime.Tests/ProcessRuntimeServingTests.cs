using Overlord.Runtime.Tests.TestSupport;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

public sealed class ProcessRuntimeServingTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Service_SharesTheHostNetwork_AndServesHttp()
    {
        var python = FindOnPath("python3");
        Assert.SkipWhen(python is null, "python3 is not on PATH; the HTTP serving test needs it");
        var port = FreePort();
        _harness.WriteMetadata("site/index.html", "hello from the process runtime\n");
        _harness.WriteMetadata("site/Makejail", "ARG port\nCOPY index.html /www/index.html\nSTAGE start\nWORKDIR /www\nCMD exec python3 -m http.server ${port} --bind 127.0.0.1\n");

        var result = await _harness.UpAsync($"services:\n  www:\n    makejail: site/Makejail\n    arguments:\n      - port: {port}\n");

        Assert.True(result.Succeeded, result.StdErr);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        string? body = null;
        await Eventually.HeldAsync(async () =>
        {
            try
            {
                body = await client.GetStringAsync(new Uri($"http://127.0.0.1:{port}/index.html"), ProcessRuntimeHarness.Token);
                return true;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        });
        Assert.Equal("hello from the process runtime\n", body);
    }

    private static int FreePort() => TestPorts.Free();

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
