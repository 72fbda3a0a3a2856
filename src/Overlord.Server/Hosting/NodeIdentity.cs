namespace Overlord.Server.Hosting;

/// <summary>Who this node is: its server id (a UUID kept in the <c>serverid</c> file) and its labels.</summary>
public sealed record NodeIdentity(string ServerId, IReadOnlyList<string> Labels);
