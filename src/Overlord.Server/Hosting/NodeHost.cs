using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Overlord.Server.Auth;
using Overlord.Server.Metrics;
using Overlord.Server.Node;
using Overlord.Server.Storage;

namespace Overlord.Server.Hosting;

/// <summary>
/// One Overlord node: the HTTP API on Kestrel, the job worker, chains and heartbeat, built from an
/// <see cref="NodeHostOptions"/>. <c>overlord serve</c> runs one until SIGTERM/SIGINT; tests start several
/// in one process on 127.0.0.1 port 0 and read <see cref="Addresses"/> once started.
/// </summary>
public sealed class NodeHost : IAsyncDisposable
{
    /// <summary>How long a stop waits for requests and jobs to end (jobs then go back to the queue).</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(15);

    private readonly WebApplication _app;
    private readonly DataDirectoryLock _lock;

    private NodeHost(WebApplication app, DataDirectoryLock dataLock, NodeIdentity identity, LiveConfig config)
    {
        _app = app;
        _lock = dataLock;
        Identity = identity;
        Config = config;
    }

    public NodeIdentity Identity { get; }

    /// <summary>The config as it is now; <c>overlord serve</c> reloads it on SIGHUP.</summary>
    public LiveConfig Config { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The bound addresses (<c>http://127.0.0.1:41234</c>), known once started.</summary>
    public IReadOnlyList<Uri> Addresses =>
        _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Select(address => new Uri(address)).ToList() ?? [];

    /// <summary>The first plain-HTTP address.</summary>
    public Uri HttpAddress => Addresses.First(address => address.Scheme == Uri.UriSchemeHttp);

    /// <summary>
    /// Opens the database, the server id and the signing key, and builds the host without binding anything.
    /// Throws <see cref="Core.OverlordException"/> (EX_CONFIG) for a config that cannot be served, and EX_TEMPFAIL
    /// when another node runs on the same data_dir.
    /// </summary>
    public static async Task<NodeHost> CreateAsync(NodeHostOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataLock = DataDirectoryLock.Acquire(options.Config.DataDirectory);
        try
        {
            return await CreateAsync(options, dataLock, cancellationToken);
        }
        catch
        {
            dataLock.Dispose();
            throw;
        }
    }

    private static async Task<NodeHost> CreateAsync(NodeHostOptions options, DataDirectoryLock dataLock, CancellationToken cancellationToken)
    {
        var config = options.Config;
        var database = await NodeDatabase.OpenAsync(config.DataDirectory, cancellationToken);
        var live = new LiveConfig(config);
        var identity = new NodeIdentity(await ServerIdFile.LoadAsync(config.ServerIdFile, cancellationToken), live);
        var key = await SigningKeyFile.LoadAsync(config.SecretKey?.Reveal(), config.SecretKeyFile, options.TimeProvider, cancellationToken);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(config.DataDirectory) });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => KestrelEndpoints.Configure(kestrel, config));
        if (config.Tls.Enabled)
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
        }

        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.Services.Configure<Microsoft.Extensions.Hosting.ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        if (!options.HandleSignals)
        {
            builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        }

        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);
        if (config.CompressResponse)
        {
            builder.Services.AddResponseCompression(compression =>
            {
                compression.EnableForHttps = true;
                compression.Providers.Add<GzipCompressionProvider>();
            });
        }

        NodeServices.Add(builder.Services, new NodeStart(options, database, identity, key, live));
        options.ConfigureServices?.Invoke(builder.Services);
        var app = builder.Build();

        // Listening starts now, so /metrics counts from the first request on.
        app.Services.GetRequiredService<MetricsCollector>();
        NodePipeline.Configure(app, options);
        return new NodeHost(app, dataLock, identity, live);
    }

    /// <summary>Starts the runtime, the job worker and the heartbeat, then binds the listening sockets.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => _app.StartAsync(cancellationToken);

    /// <summary>Stops accepting requests, lets running ones end, gives running jobs back to the queue.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => _app.StopAsync(cancellationToken);

    /// <summary>Completes when the host is asked to stop (a signal, with <see cref="NodeHostOptions.HandleSignals"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _lock.Dispose();
    }
}
