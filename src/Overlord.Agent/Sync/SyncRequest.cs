using Overlord.Agent.Planning;

namespace Overlord.Agent.Sync;

/// <summary>One sync to run: its id (known before it starts, so callers can follow it), trigger and options.</summary>
public sealed record SyncRequest(string SyncId, SyncTrigger Trigger, SyncOptions Options)
{
    public static string NewSyncId() => Guid.CreateVersion7().ToString("N");
}
