using System.Diagnostics.CodeAnalysis;
using Overlord.Core.Results;

namespace Overlord.Client.Deployment;

/// <summary>
/// One request of a deployment on one node: what it did, to which project, VM, key or namespace
/// (<see cref="Name"/>), the job it queued, or why it failed (the one error shape, its message as the step prints it).
/// </summary>
public sealed record DeployStep(DeployTarget Target, DeployAction Action, string Name, long? JobId = null, OverlordError? Error = null)
{
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>True when the node queued a job that can be followed to its end.</summary>
    public bool HasJob => Succeeded && JobId is not null;

    /// <summary>A request that queues a job: the job on success, the node's answer described on failure.</summary>
    public static DeployStep Queued(DeployTarget target, DeployAction action, string name, ApiResult<long> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.IsSuccess ? new DeployStep(target, action, name, answer.Value) : Failed(target, action, name, answer);
    }

    /// <summary>A request that is done when the node answers (a metadata or namespace write).</summary>
    public static DeployStep Done<T>(DeployTarget target, DeployAction action, string name, ApiResult<T> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.IsSuccess ? new DeployStep(target, action, name) : Failed(target, action, name, answer);
    }

    /// <summary>A request the node failed, described with its entrypoint, chain and status.</summary>
    public static DeployStep Failed<T>(DeployTarget target, DeployAction action, string name, ApiResult<T> answer, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new DeployStep(target, action, name, Error: new OverlordError(answer.ToError().Code, prefix + answer.Describe()));
    }

    /// <summary>A step that failed before or without a request to the node.</summary>
    public static DeployStep Failed(DeployTarget target, DeployAction action, string name, OverlordError error) =>
        new(target, action, name, Error: error);
}
