namespace Overlord.Client.Contract;

/// <summary>A persisted plan not yet completed: how far its dispatch got.</summary>
public sealed record PendingPlanView(string SyncId, string TargetCommit, string Trigger, int Steps, int StepsLeft);
