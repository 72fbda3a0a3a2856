using Overlord.Agent.Sync;

namespace Overlord.Agent.Coordination;

/// <summary>A queued sync: its id at once, its outcome when it ends. Folded triggers share one ticket.</summary>
public sealed record SyncTicket(string SyncId, Task<SyncOutcome> Completion, bool Folded);
