using Overlord.Client.Contract;

namespace Overlord.Server.Ui;

/// <summary>What the status page shows: every node of the tree below this one, and the agent's view when it runs here.</summary>
internal sealed record StatusPageData(IReadOnlyList<StatusPageNode> Nodes, AgentPageStatus? Agent, DateTimeOffset ReadAt);

/// <summary>
/// One node as the tree read found it: <see cref="Chain"/> is its path from this node (null for this node),
/// <see cref="Error"/> why it did not answer, <see cref="SmartTimeout"/> what this node's smart timeouts or
/// heartbeat say of it (known only for this node's own children, or from a parent's refusal).
/// </summary>
internal sealed record StatusPageNode(
    string? Chain, IReadOnlyList<string> Labels, bool Reachable, string? Error, string? SmartTimeout, IReadOnlyDictionary<string, ProjectInfo> Projects);
