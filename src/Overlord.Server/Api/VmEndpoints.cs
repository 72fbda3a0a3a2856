using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Overlord.Client.Contract;
using Overlord.Core.Names;
using Overlord.Core.Specs.Reading;
using Overlord.Runtime;
using Overlord.Server.Jobs;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary>
/// <c>vm/{name}</c> (reference 2.2 and 11): GET answers the VM's status, POST checks a vmJail profile as a spec file is
/// checked and queues its creation, answering <c>{"job_id":N}</c> once the job's row is committed. The name is
/// matched whole (the original's pattern was not anchored at its end). A node whose runtime cannot run VMs (the
/// process runtime) refuses the POST with 400, so <c>overlord apply</c> reports it at once.
/// </summary>
internal static class VmEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("vm/{name}", GetAsync);
        v1.MapPost("vm/{name}", PostAsync);
    }

    /// <summary>A status as GET shows it: <c>last_update</c> in seconds ago, as the original.</summary>
    public static VmStatus Describe(VmStatusRecord status, DateTimeOffset now) => new()
    {
        Operation = status.Operation,
        Output = status.Output,
        Exception = status.Exception is { } exception ? new ExceptionInfo { Type = exception.Type, Message = exception.Message } : null,
        LastUpdate = (now - status.LastUpdate).TotalSeconds,
        JobId = status.JobId,
    };

    private static async Task<ApiAnswer> GetAsync(string name, [FromServices] VmStatusStore statuses, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        if (!NamePatterns.IsVm(name))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        return await statuses.GetAsync(name, cancellationToken) is { } status
            ? ApiAnswer.Contract(StatusCodes.Status200OK, new VmStatusResponse { Status = Describe(status, time.GetUtcNow()) })
            : ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.VmNotFound(name));
    }

    private static async Task<ApiAnswer> PostAsync(
        string name, HttpRequest request, [FromServices] IRuntime runtime, [FromServices] JobQueue queue, CancellationToken cancellationToken)
    {
        if (!NamePatterns.IsVm(name))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        var body = await RequestBody.ReadAsync(request, cancellationToken);
        var restart = body.Boolean("restart");
        if (body.Error is { } refused)
        {
            return refused;
        }

        // The profile is the body as sent, less the request's own flag.
        var profile = body.Fields.DeepClone().AsObject();
        profile.Remove("restart");

        var read = VmProfileReader.Read(name, profile);
        if (read.Errors.Count > 0)
        {
            return ApiAnswer.Message(StatusCodes.Status400BadRequest, ApiMessages.InvalidSpecification("InvalidSpec", string.Join("; ", read.Errors)));
        }

        if (runtime is not IVmRuntime)
        {
            return ApiAnswer.Message(StatusCodes.Status400BadRequest, $"(exception:UnsupportedRuntime) {ProjectJobExecutor.VmNeedsAppJail(runtime.Name)}");
        }

        var jobId = await queue.EnqueueAsync(name, new VmJobPayload(profile, restart), cancellationToken);
        return ApiAnswer.Ok(new JobResponse { JobId = jobId });
    }
}
