using Overlord.Bench.Measuring;

namespace Overlord.Bench.Scenarios;

/// <summary>get-info of all projects: one node, the 31-node tree in one request, and the original's walk of the same tree.</summary>
public sealed record TreeFigures(Samples OneNode, Samples Tree, Samples Walk, int Nodes, int WalkRequests)
{
    public double Ratio => Tree.Median / OneNode.Median;

    public double WalkRatio => Walk.Median / Tree.Median;
}
