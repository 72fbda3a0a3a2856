namespace Overlord.Client.Contract;

/// <summary>A node of the tree as the agent last saw it: its chain path below the agent's node ("" for that node), its labels, and when it last answered.</summary>
public sealed record KnownNodeView(string Node, IReadOnlyList<string> Labels, DateTimeOffset LastSeen);
