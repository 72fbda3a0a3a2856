using System.Diagnostics.CodeAnalysis;
using Overlord.Core.Config;

namespace Overlord.Server.Chains;

/// <summary>The children this node can reach: every configured chain not marked <c>disable</c>, in file order.</summary>
public sealed class ChainDirectory : IDisposable
{
    private readonly Dictionary<string, ChainClient> _byName;

    public ChainDirectory(OverlordConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        All = config.Chains.Where(pair => !pair.Value.Disable).Select(pair => new ChainClient(pair.Key, pair.Value)).ToList();
        _byName = All.ToDictionary(chain => chain.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<ChainClient> All { get; }

    public bool TryGet(string name, [NotNullWhen(true)] out ChainClient? chain) => _byName.TryGetValue(name, out chain);

    public void Dispose()
    {
        foreach (var chain in All)
        {
            chain.Dispose();
        }
    }
}
