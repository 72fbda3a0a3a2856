namespace Overlord.Client.Contract;

/// <summary>A planned step's targets and whether any label matches, as agent.db keeps them in one JSON column.</summary>
public sealed record StepScope(IReadOnlyList<string> Targets, bool AnyLabels);
