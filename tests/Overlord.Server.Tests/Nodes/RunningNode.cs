using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;
using Overlord.Server.Hosting;
using Overlord.Server.Jobs;
using Overlord.Server.Tests.Support;
using Overlord.Testing.FakeTools;

namespace Overlord.Server.Tests.Nodes;

/// <summary>
/// A whole node in the test process: its own folder, data dir, fake AppJail tools and token, served by a real
/// <see cref="NodeHost"/> on 127.0.0.1. It can be stopped and started again on the same port and folders.
/// </summary>
internal sealed class RunningNode : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("overlord-node");
    private readonly NodeSpec _spec;
    private NodeHost? _host;

    private RunningNode(NodeSpec spec)
    {
        _spec = spec;
        Tools = FakeToolbox.Create();
        var key = spec.Key ?? NodeKey.New();
        Secret = key.Secret;
        Token = key.Token;
        Config = NodeConfigYaml.Load(spec, DataDirectory, Secret, Tools, _folder.Combine("appjail-logs"));
        Http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public FakeToolbox Tools { get; }

    public string Secret { get; }

    /// <summary>A valid token of this node.</summary>
    public string Token { get; }

    public OverlordConfig Config { get; private set; }

    public HttpClient Http { get; }

    /// <summary>What the node logged, across restarts (each entry also goes to the test's output).</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public NodeHost Host => _host ?? throw new InvalidOperationException("the node is stopped");

    public string DataDirectory => _folder.Combine("data");

    public static async Task<RunningNode> StartAsync(NodeSpec? spec = null)
    {
        var node = new RunningNode(spec ?? new NodeSpec());
        await node.StartAgainAsync();
        return node;
    }

    /// <summary>Starts the node (again) on its folders; after a stop, on the same port.</summary>
    public async Task StartAgainAsync()
    {
        var options = new NodeHostOptions
        {
            Config = Config,
            TimeProvider = _spec.TimeProvider ?? TimeProvider.System,
            ToolEnvironment = Tools.Environment,
            ConfigurePipeline = _spec.Pipeline,
            TestOnlyWithoutTreeRoutes = _spec.OriginalRoutesOnly,
            ConfigureLogging = logging => logging.AddProvider(Logs),
        };
        _host = await NodeHost.CreateAsync(options, TestContext.Current.CancellationToken);
        await _host.StartAsync(TestContext.Current.CancellationToken);
        Address = _host.HttpAddress;
        Config = Config with { Port = Address.Port };
    }

    public async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync(CancellationToken.None);
            await host.DisposeAsync();
        }
    }

    public T Service<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public Task<TestResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<TestResponse> PostAsync(string path, string? json) => SendAsync(HttpMethod.Post, path, json);

    /// <summary>Sends with this node's token in <c>Authentication</c> unless <paramref name="headers"/> sets auth itself.</summary>
    public async Task<TestResponse> SendAsync(HttpMethod method, string path, string? body = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(Address, path));
        if (headers is null || !headers.Keys.Any(name => name.StartsWith("Auth", StringComparison.Ordinal)))
        {
            request.Headers.TryAddWithoutValidation("Authentication", "Bearer " + Token);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        return await TestResponse.ReadAsync(response);
    }

    /// <summary>Waits until the job has ended and returns its row.</summary>
    public async Task<JobRecord> JobEndedAsync(long jobId)
    {
        JobRecord? record = null;
        await Eventually.HoldsAsync(
            async () => (record = await Service<JobQueue>().GetAsync(jobId, TestContext.Current.CancellationToken))?.State
                is JobState.Completed or JobState.Failed or JobState.Cancelled,
            $"job {jobId} to end");
        return record!;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Http.Dispose();
        Tools.Dispose();
        _folder.Dispose();
    }
}
