using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;
using Overlord.Server.Hosting;
using Overlord.Server.Jobs;
using Overlord.Testing.FakeTools;
using Xunit;

namespace Overlord.Testing.Nodes;

/// <summary>
/// A whole node in the test process: its own folder, data dir, fake AppJail tools and token, served by a real
/// <see cref="NodeHost"/> on 127.0.0.1. It can be stopped and started again on the same port and folders.
/// </summary>
public sealed class RunningNode : IAsyncDisposable
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

    /// <summary>The node's name, under which a parent's <c>chains:</c> names it (<see cref="ChainSpec.To(RunningNode, string)"/>).</summary>
    public string Name => _spec.Name;

    public FakeToolbox Tools { get; }

    public string Secret { get; }

    /// <summary>A valid token of this node.</summary>
    public string Token { get; }

    public OverlordConfig Config { get; private set; }

    public HttpClient Http { get; }

    /// <summary>What the node logged, across restarts (each entry also goes to the test's output).</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The node's root without a trailing slash, as a spec's <c>entrypoint</c> names it.</summary>
    public string Url => Address.AbsoluteUri.TrimEnd('/');

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
            ConfigureLogging = logging => logging.AddProvider(Logs),
        }.WithTestOnlySwitches(name => _spec.OriginalRoutesOnly && name == NodeHostOptions.TestOnlyWithoutTreeRoutesVariable ? "1" : null);
        _host = await NodeHost.CreateAsync(_spec.Host?.Invoke(options) ?? options, TestContext.Current.CancellationToken);
        _spec.Built?.Invoke(_host);
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
    public async Task<JobRecord> JobEndedAsync(long jobId) =>
        (await Eventually.ReadAsync(
            () => Service<JobQueue>().GetAsync(jobId, TestContext.Current.CancellationToken),
            record => record?.State is JobState.Completed or JobState.Failed or JobState.Cancelled,
            $"job {jobId} to end"))!;

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Http.Dispose();
        Tools.Dispose();
        _folder.Dispose();
    }
}
