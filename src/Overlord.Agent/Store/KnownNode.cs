namespace Overlord.Agent.Store;

/// <summary>A node the agent's tree reads have reached: its chain path below the agent's node ("" for that node), its labels then, and when.</summary>
public sealed record KnownNode(string Chain, IReadOnlyList<string> Labels, DateTimeOffset LastSeen);
