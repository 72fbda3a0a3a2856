using System.Text;
using Microsoft.AspNetCore.Http;

namespace Overlord.Server.Tests.Autoscale;

/// <summary>
/// A small real HTTP server on 127.0.0.1 that serves a HAProxy-shaped stats page at <c>&lt;prefix&gt;/;json</c>
/// behind Basic auth (<c>admin:secret</c>); the page can be changed between requests.
/// </summary>
internal sealed class FakeHaproxyStats : IAsyncDisposable
{
    public const string Username = "admin";
    public const string Password = "secret";

    private FakeHttpHost? _host;

    /// <summary>The JSON served now.</summary>
    public string Page { get; set; } = "[]";

    public int Requests { get; private set; }

    public string Entrypoint => _host!.Url + "/stats";

    public static async Task<FakeHaproxyStats> StartAsync()
    {
        var server = new FakeHaproxyStats();
        server._host = await FakeHttpHost.StartAsync(server.ServeAsync);
        return server;
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task ServeAsync(HttpContext context)
    {
        Requests++;
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));
        if (context.Request.Headers.Authorization.ToString() != expected)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (context.Request.Path.Value != "/stats/;json")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Page, context.RequestAborted);
    }
}
