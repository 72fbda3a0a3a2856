using Overlord.Agent.Planning;
using Overlord.Core.Specs;

namespace Overlord.Agent.Dispatch;

/// <summary>One spec to apply or destroy through the agent's own node, on behalf of one sync.</summary>
public sealed record SpecDispatch(string SyncId, string SpecPath, StepAction Action, Spec Spec)
{
    /// <summary>Only these nodes (<c>main.eu</c>); null for every node the spec selects.</summary>
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>With <see cref="Targets"/>: whatever their labels say now.</summary>
    public bool AnyLabels { get; init; }

    /// <summary>The same for every retry of this spec in this sync, so a node can recognise a repeated request.</summary>
    public string IdempotencyKey => $"{SyncId}:{SpecPath}";
}
