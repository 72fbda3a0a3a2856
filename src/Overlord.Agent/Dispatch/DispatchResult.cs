using Overlord.Client.Contract;

namespace Overlord.Agent.Dispatch;

/// <summary>What the nodes answered for one spec; <see cref="Error"/> when the spec could not be sent at all (targets unresolved).</summary>
public sealed record DispatchResult(IReadOnlyList<TargetResult> Targets, string? Error = null)
{
    public static DispatchResult Failed(string error) => new([], error);
}
