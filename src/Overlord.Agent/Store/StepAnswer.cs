using Overlord.Agent.Planning;
using Overlord.Client.Contract;

namespace Overlord.Agent.Store;

/// <summary>What one step of a persisted plan came to: its status, each node's answer, the step's own error.</summary>
public sealed record StepAnswer(int Ordinal, StepStatus Status, IReadOnlyList<TargetResult> Targets, string? Error);
