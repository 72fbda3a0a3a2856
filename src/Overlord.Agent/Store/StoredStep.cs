using Overlord.Agent.Planning;
using Overlord.Client.Contract;

namespace Overlord.Agent.Store;

/// <summary>A plan step as persisted: the step, where it is, and what each node answered so far.</summary>
public sealed record StoredStep(int Ordinal, PlannedStep Step, StepStatus Status, IReadOnlyList<TargetResult> Targets, string? Error = null);
