namespace Overlord.Bench.Nodes;

/// <summary>One child under a node's <c>chains:</c>: its name, where it listens and the token it made for its parent.</summary>
public sealed record ChainLink(string Name, string Entrypoint, string AccessToken);
