namespace Overlord.Server.Node;

/// <summary>
/// Who this node is: its server id (a UUID kept in the <c>serverid</c> file) and its labels, which a reload
/// of the config changes while the node runs.
/// </summary>
public sealed class NodeIdentity(string serverId, LiveConfig config)
{
    public string ServerId { get; } = serverId;

    public IReadOnlyList<string> Labels => config.Current.Labels;
}
