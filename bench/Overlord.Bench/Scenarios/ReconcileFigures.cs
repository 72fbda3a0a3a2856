using Overlord.Bench.Measuring;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// No-op reconciles over a tree of <see cref="Nodes"/> nodes holding <see cref="Pairs"/> spec-node pairs: their
/// durations, and what each node below the root was asked during them (by <c>METHOD route</c>).
/// </summary>
public sealed record ReconcileFigures(int Nodes, int Pairs, Samples Reconciles, IReadOnlyList<IReadOnlyDictionary<string, double>> AskedBelowRoot)
{
    /// <summary>The route a reconcile with nothing to do should cost each node, the one tree read, starts so.</summary>
    public const string TreeRead = "GET /v1/tree/";

    /// <summary>The fewest and the most requests a node below the root answered per reconcile.</summary>
    public (double Fewest, double Most) RequestsPerNode
    {
        get
        {
            var perNode = AskedBelowRoot.Select(asked => asked.Values.Sum() / Reconciles.Count).ToList();
            return (perNode.Min(), perNode.Max());
        }
    }

    /// <summary>Every route the nodes below the root were asked, with how many requests in all.</summary>
    public IReadOnlyDictionary<string, double> Routes => AskedBelowRoot
        .SelectMany(asked => asked)
        .GroupBy(pair => pair.Key, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Sum(pair => pair.Value), StringComparer.Ordinal);

    /// <summary>Each node below the root answered exactly one tree read per reconcile, and nothing else.</summary>
    public bool OneTreeReadPerNode => AskedBelowRoot.All(asked =>
        asked.Count == 1 && asked.Single() is var (route, count) && route.StartsWith(TreeRead, StringComparison.Ordinal) && count == Reconciles.Count);
}
