using System.Diagnostics.CodeAnalysis;
using Overlord.Core.Config;
using Overlord.Server.Node;

namespace Overlord.Server.Chains;

/// <summary>
/// The children this node can reach: every configured chain not marked <c>disable</c>, in file order. A reload
/// of the config replaces the chains that changed (their entrypoint, token, timeouts); the others keep their
/// clients and connections.
/// </summary>
public sealed class ChainDirectory : IDisposable
{
    /// <summary>How long a replaced chain's client stays open for the requests that are still using it.</summary>
    private static readonly TimeSpan RetiredClientLifetime = TimeSpan.FromMinutes(5);

    private readonly Lock _lock = new();
    private volatile Snapshot _snapshot;

    public ChainDirectory(LiveConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _snapshot = Build(config.Current, new Dictionary<string, ChainClient>());
        config.Changed += Replace;
    }

    public IReadOnlyList<ChainClient> All => _snapshot.All;

    public bool TryGet(string name, [NotNullWhen(true)] out ChainClient? chain) => _snapshot.ByName.TryGetValue(name, out chain);

    public void Dispose()
    {
        foreach (var chain in _snapshot.All)
        {
            chain.Dispose();
        }
    }

    private void Replace(OverlordConfig config)
    {
        List<ChainClient> retired;
        lock (_lock)
        {
            var previous = _snapshot;
            _snapshot = Build(config, previous.ByName);
            retired = previous.All.Where(chain => !_snapshot.ByName.TryGetValue(chain.Name, out var kept) || kept != chain).ToList();
        }

        if (retired.Count > 0)
        {
            _ = Task.Delay(RetiredClientLifetime).ContinueWith(_ => retired.ForEach(chain => chain.Dispose()), TaskScheduler.Default);
        }
    }

    private static Snapshot Build(OverlordConfig config, IReadOnlyDictionary<string, ChainClient> reusable)
    {
        var all = config.Chains.Where(pair => !pair.Value.Disable)
            .Select(pair => reusable.TryGetValue(pair.Key, out var same) && same.Config == pair.Value ? same : new ChainClient(pair.Key, pair.Value))
            .ToList();
        return new Snapshot(all, all.ToDictionary(chain => chain.Name, StringComparer.Ordinal));
    }

    private sealed record Snapshot(IReadOnlyList<ChainClient> All, IReadOnlyDictionary<string, ChainClient> ByName);
}
