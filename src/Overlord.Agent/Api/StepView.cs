using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Core.Specs;

namespace Overlord.Agent.Api;

/// <summary>A plan step as the API shows it: what, why, and (once dispatched) its status and per-node results.</summary>
public sealed record StepView
{
    public required string Spec { get; init; }

    public required string Action { get; init; }

    public required string Phase { get; init; }

    public string? Kind { get; init; }

    public string? Name { get; init; }

    public required string Reason { get; init; }

    /// <summary>Null for a planned (dry run) step.</summary>
    public string? Status { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    public string? Error { get; init; }

    public IReadOnlyList<TargetView> Targets { get; init; } = [];

    public static StepView From(PlannedStep step) => new()
    {
        Spec = step.SpecPath,
        Action = step.Action.ToString().ToLowerInvariant(),
        Phase = step.Phase.ToString().ToLowerInvariant(),
        Kind = step.Kind is { } kind ? SpecNames.ToText(kind) : null,
        Name = step.Name,
        Reason = step.Reason,
        Errors = step.Errors,
    };

    public static StepView From(StoredStep stored) => From(stored.Step) with
    {
        Status = stored.Status.ToString().ToLowerInvariant(),
        Error = stored.Error,
        Targets = stored.Targets.Select(target => new TargetView(target.Chain, target.JobId, target.StateText, target.Error)).ToArray(),
    };
}
