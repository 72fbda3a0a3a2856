using System.Diagnostics.CodeAnalysis;

namespace Overlord.Agent.Api;

/// <summary>An answer of the agent's API, or why there is none (the node's message, or ours when it was unreachable).</summary>
public sealed record AgentApiResult<T>(T? Value, int StatusCode, string? Error)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Value is not null && Error is null;
}
