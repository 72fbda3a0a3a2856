using Overlord.Client.Contract;
using Overlord.Client.Http;

namespace Overlord.Client.Deployment;

/// <summary>
/// One look at a queued job through the node's status of the project (or VM): the job is queued until the
/// status carries its id, then running, completed or failed as the status says (reference 8). A project
/// that was seen and then disappears after a down has been destroyed.
/// </summary>
internal static class JobProbe
{
    /// <summary>The steps whose jobs leave a status to follow; a cancel writes none.</summary>
    public static bool CanFollow(DeployStep step) =>
        step.HasJob && step.Action is DeployAction.ProjectUp or DeployAction.ProjectDown or DeployAction.VmCreate or DeployAction.VmDown;

    public static async Task<ProbeResult> ProbeAsync(OverlordClient client, DeployStep step, bool seen, CancellationToken cancellationToken)
    {
        if (step.Action == DeployAction.VmCreate)
        {
            var vm = await client.GetVmStatusAsync(step.Name, cancellationToken);
            return vm.IsSuccess ? FromVm(vm.Value, step.JobId) : Missing(vm, step, seen);
        }

        var info = await client.GetProjectInfoAsync(step.Name, cancellationToken);
        if (!info.IsSuccess)
        {
            return Missing(info, step, seen);
        }

        var status = step.Action == DeployAction.ProjectUp ? info.Value.Up : info.Value.Down;
        return status?.JobId == step.JobId ? FromStatus(status!) : new ProbeResult(DeployState.Queued, null, Seen: true);
    }

    /// <summary>
    /// A look through our job route first (where the node has it): queued, running, failed or cancelled come from
    /// the job itself; a completed job's outcome from the project's status. Null when the node has no job route
    /// or does not list the job, so the caller looks at the status alone.
    /// </summary>
    public static async Task<ProbeResult?> ProbeJobAsync(OverlordClient client, DeployStep step, bool seen, CancellationToken cancellationToken)
    {
        var jobs = await client.GetProjectJobsAsync(step.Name, cancellationToken);
        if (!jobs.IsSuccess)
        {
            var noRoute = jobs is { Failure: ApiFailure.HttpStatus, StatusCode: 404 };
            return noRoute ? null : new ProbeResult(DeployState.Unreachable, jobs.Describe(), seen);
        }

        var job = jobs.Value.LastOrDefault(j => j.JobId == step.JobId);
        switch (job?.State)
        {
            case null:
                return null;
            case "queued":
                return new ProbeResult(DeployState.Queued, null, seen);
            case "running":
                return new ProbeResult(DeployState.Running, null, true);
            case "failed":
                return new ProbeResult(DeployState.Failed, job.Message ?? "the job failed", true);
            case "cancelled":
                return new ProbeResult(DeployState.Failed, $"the job was cancelled{(job.Message is { Length: > 0 } m ? $": {m}" : "")}", true);
        }

        // Completed: it ran to its end; the project's status says how it went. A status of another job
        // (the node skipped a locked project) or none (a destroyed project) leaves nothing to fail on.
        var outcome = await ProbeAsync(client, step, seen: true, cancellationToken);
        return outcome.State is DeployState.Queued or DeployState.Running ? new ProbeResult(DeployState.Completed, null, true) : outcome;
    }

    /// <summary>Why an up or down ended badly, in one line.</summary>
    public static string FailureMessage(OperationStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.Exception is { } exception)
        {
            return $"{exception.Type}: {exception.Message}";
        }

        if (status.Message is { Length: > 0 } message)
        {
            return message;
        }

        var director = status.Output?.Director;
        if (director is { } output && (output.Errlevel != 0 || output.Failed.Count > 0))
        {
            var failed = string.Join(", ", output.Failed.Select(f => $"{f.Type} ({f.Service})"));
            var detail = output.Message is { Length: > 0 } text ? $": {text}" : "";
            return $"Director exited with errlevel {output.Errlevel}{(failed.Length > 0 ? $", failed: {failed}" : "")}{detail}";
        }

        if (status.Labels is { Error: true } labels)
        {
            return labels.Message ?? "the special labels failed";
        }

        var stderr = status.Output?.Stderr?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return stderr ?? $"the job ended {status.Operation}";
    }

    private static ProbeResult FromStatus(OperationStatus status) => status.Operation switch
    {
        "COMPLETED" => new ProbeResult(DeployState.Completed, null, true),
        "INCOMPLETED" or "FAILED" => new ProbeResult(DeployState.Failed, FailureMessage(status), true),
        _ => new ProbeResult(DeployState.Running, null, true),
    };

    private static ProbeResult FromVm(VmStatus status, long? jobId) => status.JobId != jobId
        ? new ProbeResult(DeployState.Queued, null, true)
        : status.Operation switch
        {
            "COMPLETED" or "NOOP" => new ProbeResult(DeployState.Completed, null, true),
            "FAILED" or "INCOMPLETED" => new ProbeResult(
                DeployState.Failed, status.Exception is { } e ? $"{e.Type}: {e.Message}" : LastLine(status.Output) ?? "the VM job failed", true),
            _ => new ProbeResult(DeployState.Running, null, true),
        };

    /// <summary>A failed look: the project unknown to the node (queued, or destroyed once seen), or the node out of reach.</summary>
    private static ProbeResult Missing<T>(ApiResult<T> result, DeployStep step, bool seen)
    {
        var unknown = result is { Failure: ApiFailure.HttpStatus, StatusCode: 404 }
            && !(result.Message ?? "").StartsWith("Next entrypoint", StringComparison.Ordinal);
        if (!unknown)
        {
            return new ProbeResult(DeployState.Unreachable, result.Describe(), seen);
        }

        var destroyed = seen && step.Action is DeployAction.ProjectDown or DeployAction.VmDown;
        return new ProbeResult(destroyed ? DeployState.Completed : DeployState.Queued, null, seen);
    }

    private static string? LastLine(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
