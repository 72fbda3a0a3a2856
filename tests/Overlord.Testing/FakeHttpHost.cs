using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Overlord.Testing;

/// <summary>
/// A small real HTTP server on 127.0.0.1 (a port the system picks) standing in for some other service, or hosting
/// one part of ours alone (the agent): the test adds its services and maps its routes, the host logs to the test's
/// output (its own request lines left out) and stops on dispose.
/// </summary>
public sealed class FakeHttpHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeHttpHost(WebApplication app)
    {
        _app = app;
        Url = app.Urls.Single();
    }

    /// <summary>The server's root, without a trailing slash: <c>http://127.0.0.1:PORT</c> (https with a certificate).</summary>
    public string Url { get; }

    /// <summary>The server's root as a base address: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress => new(Url + "/");

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server whose routes <paramref name="routes"/> maps; with a certificate it speaks HTTPS only.</summary>
    public static Task<FakeHttpHost> StartAsync(Action<WebApplication> routes, X509Certificate2? certificate = null) =>
        StartAsync(_ => { }, routes, certificate);

    /// <summary>Starts a server with the services (and more logging) <paramref name="services"/> adds, then the routes <paramref name="routes"/> maps.</summary>
    public static async Task<FakeHttpHost> StartAsync(Action<WebApplicationBuilder> services, Action<WebApplication> routes, X509Certificate2? certificate = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(routes);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddProvider(new TestOutputLoggerProvider()).AddFilter("Microsoft", LogLevel.Warning);
        services(builder);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        routes(app);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new FakeHttpHost(app);
    }

    /// <summary>Starts a server that answers every request with <paramref name="answer"/>.</summary>
    public static Task<FakeHttpHost> StartAsync(RequestDelegate answer, X509Certificate2? certificate = null) =>
        StartAsync(app => app.Run(answer), certificate);

    /// <summary>Stops the server as a shutdown does (dispose still cleans up afterwards).</summary>
    public Task StopAsync() => _app.StopAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
