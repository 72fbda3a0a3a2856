using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Overlord.Server.Tests.Autoscale;

/// <summary>
/// A small real HTTP server on 127.0.0.1 that serves a HAProxy-shaped stats page at <c>&lt;prefix&gt;/;json</c>
/// behind Basic auth (<c>admin:secret</c>); the page can be changed between requests.
/// </summary>
internal sealed class FakeHaproxyStats : IAsyncDisposable
{
    public const string Username = "admin";
    public const string Password = "secret";

    private readonly WebApplication _app;

    private FakeHaproxyStats(WebApplication app) => _app = app;

    /// <summary>The JSON served now.</summary>
    public string Page { get; set; } = "[]";

    public int Requests { get; private set; }

    public string Entrypoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/stats";

    public static async Task<FakeHaproxyStats> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeHaproxyStats(app);
        app.Run(server.ServeAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

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
