namespace Overlord.Client.Contract;

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
}
