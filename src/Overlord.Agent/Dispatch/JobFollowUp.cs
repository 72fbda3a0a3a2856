using Overlord.Agent.Planning;
using Overlord.Client.Contract;
using Overlord.Core.Specs;

namespace Overlord.Agent.Dispatch;

/// <summary>The jobs of one dispatched spec to follow to their end: enough to find them again after a restart.</summary>
public sealed record JobFollowUp(string SpecPath, SpecKind Kind, string? Name, StepAction Action, IReadOnlyList<TargetResult> Targets);
