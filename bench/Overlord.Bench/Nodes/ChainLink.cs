namespace Overlord.Bench.Nodes;

/// <summary>
/// One child under a node's <c>chains:</c>: its name, where it listens and the token it made for its parent; with
/// <paramref name="ReadTimeoutSeconds"/>, its <c>read_timeout</c> and <c>write_timeout</c> (10 s by default).
/// </summary>
public sealed record ChainLink(string Name, string Entrypoint, string AccessToken, int? ReadTimeoutSeconds = null);
