using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Bench.Nodes;

/// <summary>
/// One node an <c>overlord-bench-nodes</c> process starts: its name (also its folder), its labels, the names of its
/// children, which the same process starts before it, and how long it waits for them (its chains' read and write
/// timeouts and its <c>tree_timeout</c>, in seconds). A plan is a JSON array of them, children first.
/// </summary>
public sealed record PlannedNode(string Name, IReadOnlyList<string> Labels, IReadOnlyList<string> Children, int PatienceSeconds)
{
    /// <summary>The <c>overlord.yml</c> line of <see cref="PatienceSeconds"/> beside the chains' timeouts.</summary>
    public static string TreeTimeout(int seconds) => $"tree_timeout: {seconds}\n";

    public static void WritePlan(string file, IEnumerable<PlannedNode> nodes) =>
        File.WriteAllText(file, JsonSerializer.Serialize(nodes.ToList(), PlanJsonContext.Default.ListPlannedNode));

    public static IReadOnlyList<PlannedNode> ReadPlan(string file) =>
        JsonSerializer.Deserialize(File.ReadAllText(file), PlanJsonContext.Default.ListPlannedNode) ?? throw new InvalidDataException($"{file}: no plan");
}

/// <summary>The plan's JSON, generated: the node host may be compiled natively, where the serializer has no reflection.</summary>
[JsonSerializable(typeof(List<PlannedNode>))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
