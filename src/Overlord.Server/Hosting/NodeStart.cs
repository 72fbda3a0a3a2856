using Overlord.Server.Auth;
using Overlord.Server.Node;
using Overlord.Server.Storage;

namespace Overlord.Server.Hosting;

/// <summary>What a node opens before it builds its host: database, identity and key (each may fail with a clear error).</summary>
internal sealed record NodeStart(NodeHostOptions Options, NodeDatabase Database, NodeIdentity Identity, SigningKey Key, LiveConfig Live);
