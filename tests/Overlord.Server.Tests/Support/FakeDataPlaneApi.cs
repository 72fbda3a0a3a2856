using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Overlord.Server.Tests.Support;

/// <summary>
/// The part of HAProxy's Data Plane API v3 the load-balancer label calls, on Kestrel at 127.0.0.1 with Basic
/// auth: configuration version, backends, servers (read, and changed inside transactions) and transactions
/// (start at the current version, commit, delete). It records every call, and a test can make a step fail.
/// </summary>
public sealed partial class FakeDataPlaneApi : IAsyncDisposable
{
    public const string Username = "admin";
    public const string Password = "s3cret-dataplane";

    private readonly Lock _sync = new();
    private readonly Dictionary<string, Dictionary<string, JsonObject>> _backends = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Action>> _transactions = new(StringComparer.Ordinal);
    private long _version = 1;
    private int _nextTransaction;
    private FakeHttpHost? _host;

    /// <summary>Every authenticated call: <c>METHOD /path?query</c> and its body (empty when none).</summary>
    public ConcurrentQueue<(string Call, string Body)> Calls { get; } = new();

    /// <summary>The calls alone, in order.</summary>
    public IReadOnlyList<string> CallLines => [.. Calls.Select(call => call.Call)];

    /// <summary>Calls (<c>METHOD /path</c>, without the query) that answer this status instead of doing their work.</summary>
    public ConcurrentDictionary<string, int> Failures { get; } = new(StringComparer.Ordinal);

    public string Entrypoint { get; private set; } = "";

    public long Version
    {
        get
        {
            lock (_sync)
            {
                return _version;
            }
        }
    }

    /// <summary>Transactions started and neither committed nor deleted.</summary>
    public int OpenTransactions
    {
        get
        {
            lock (_sync)
            {
                return _transactions.Count;
            }
        }
    }

    public static async Task<FakeDataPlaneApi> StartAsync(params string[] backends)
    {
        var api = new FakeDataPlaneApi();
        foreach (var backend in backends)
        {
            api._backends[backend] = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        }

        api._host = await FakeHttpHost.StartAsync(api.Map);
        api.Entrypoint = api._host.Url;
        return api;
    }

    /// <summary>A server of a backend as committed, or null.</summary>
    public JsonObject? Server(string backend, string name)
    {
        lock (_sync)
        {
            return _backends.TryGetValue(backend, out var servers) && servers.TryGetValue(name, out var server) ? server : null;
        }
    }

    public void AddServer(string backend, JsonObject server)
    {
        lock (_sync)
        {
            _backends[backend][server["name"]!.GetValue<string>()] = server;
        }
    }

    public ValueTask DisposeAsync() => _host?.DisposeAsync() ?? ValueTask.CompletedTask;
}
