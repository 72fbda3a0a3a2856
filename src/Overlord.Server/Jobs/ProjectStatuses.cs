namespace Overlord.Server.Jobs;

/// <summary>Both statuses of a project; null where no job of that action has run yet.</summary>
public sealed record ProjectStatuses(ProjectOperationStatus? Up, ProjectOperationStatus? Down);
