using Xunit;

namespace Overlord.Testing;

/// <summary>
/// A page a deployed service serves on 127.0.0.1. A runtime reports a service started once its process runs, which
/// is before the service has bound its port, so a test that reads the page right after <c>apply --wait</c> waits
/// for it to answer (bounded, never hanging).
/// </summary>
public static class ServedPage
{
    /// <summary>The page's text, or null when nothing listens on the port (or it does not answer within 5 s).</summary>
    public static async Task<string?> TryReadAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/"), TestContext.Current.CancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>The page's text once the service answers; fails the test when it never does.</summary>
    public static async Task<string> ReadAsync(int port)
    {
        string? text = null;
        await Eventually.HoldsAsync(async () => (text = await TryReadAsync(port)) is not null, $"a service to answer on 127.0.0.1:{port}");
        return text!;
    }
}
