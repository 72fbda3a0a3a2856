using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Overlord.Agent.Tests.Support;

/// <summary>
/// A bare repository served over git's "dumb" HTTP protocol (plain files, after <c>git update-server-info</c>)
/// behind Basic authentication: enough to see what credentials a git client sends.
/// </summary>
internal sealed class DumbHttpGitServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly string _expected;

    private DumbHttpGitServer(WebApplication app, string root, string user, string password)
    {
        _app = app;
        _root = Path.GetFullPath(root);
        _expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
    }

    /// <summary>The repository's URL, without credentials (<c>http://127.0.0.1:PORT/NAME.git</c>).</summary>
    public string Url { get; private set; } = "";

    /// <summary>Requests that carried the expected credentials.</summary>
    public int Authorized { get; private set; }

    /// <summary>Serves <paramref name="bareRepository"/>, whose parent folder becomes the site's root.</summary>
    public static async Task<DumbHttpGitServer> StartAsync(string bareRepository, string user, string password)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new DumbHttpGitServer(app, Path.GetDirectoryName(Path.GetFullPath(bareRepository))!, user, password);
        app.Run(server.ServeAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = $"{address.TrimEnd('/')}/{Path.GetFileName(bareRepository)}";
        return server;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString() != _expected)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"git\"";
            return;
        }

        Authorized++;
        var path = Path.GetFullPath(Path.Combine(_root, context.Request.Path.Value!.TrimStart('/')));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "text/plain";
        await context.Response.SendFileAsync(path, context.RequestAborted);
    }
}
