namespace Overlord.Agent.Sync;

/// <summary>Runs one sync to its end. <see cref="SyncEngine"/> is the real one; coordination tests use a counting one.</summary>
public interface ISyncRunner
{
    Task<SyncOutcome> RunAsync(SyncRequest request, CancellationToken cancellationToken);
}
