using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Overlord.Core;
using Overlord.Core.Names;
using Overlord.Core.Results;
using Overlord.Runtime.Director;

namespace Overlord.Runtime.ProcessDriver;

public sealed partial class ProcessRuntime
{
    public async Task<RuntimeResult> UpAsync(UpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!NamePatterns.IsProject(request.Project))
        {
            return DirectorOutput.Failure(ExitCodes.DataError, $"{request.Project}: Invalid project name.", []);
        }

        var environment = new Dictionary<string, string>(request.Environment, StringComparer.Ordinal);
        environment.TryAdd(MakejailContext.MetadataVariable, _options.MetadataDirectory);
        var parsed = DirectorFileParser.Parse(request.DirectorFile, environment);
        if (!parsed.Succeeded)
        {
            return DirectorOutput.Failure(ExitCodes.DataError, $"{request.Project}: invalid Director file:\n{parsed.Describe()}", []);
        }

        var handle = Handle(request.Project);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await handle.Gate.WaitAsync(cancellationToken);
        handle.RunningUp = running;
        try
        {
            return await UpLockedAsync(handle, parsed.File!, request, running.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DirectorOutput.Failure(ExitCodes.Software, $"{request.Project}: up cancelled", []);
        }
        finally
        {
            handle.RunningUp = null;
            Mutate(handle, state =>
            {
                state.Locked = false;
                if (state.State == ProjectStates.Unfinished)
                {
                    state.State = ProjectStates.Failed;
                }
            });
            handle.Gate.Release();
        }
    }

    /// <summary>Director's up: destroy what is gone or changed, then build and start by priority; the first failure stops it.</summary>
    private async Task<RuntimeResult> UpLockedAsync(ProjectHandle handle, DirectorFile file, UpRequest request, CancellationToken cancellationToken)
    {
        var log = LogFolder.StartingNow(_options.LogsDirectory, _options.TimeProvider);
        Mutate(handle, state => (state.State, state.Locked, state.DirectorFile) = (ProjectStates.Unfinished, true, request.DirectorFile), create: true);
        if (request.Restart)
        {
            await StopServicesAsync(handle, log, markStopped: true);
        }

        var plans = Plan(handle, file);
        if (await RemoveOutdatedAsync(handle, plans, log, cancellationToken) is { } removal)
        {
            return Failed(handle, removal.Service, removal.Failure);
        }

        foreach (var plan in plans.OrderBy(plan => plan.Service.Priority))
        {
            if (await BringUpAsync(handle, plan, log, cancellationToken) is { } failure)
            {
                return Failed(handle, plan.Service.Name, failure);
            }
        }

        Mutate(handle, state => state.State = ProjectStates.Done);
        return DirectorOutput.Success();
    }

    /// <summary>As Director: the project is FAILED and the service marked so that the next up recreates it.</summary>
    private RuntimeResult Failed(ProjectHandle handle, string service, StepFailure failure)
    {
        Mutate(handle, state =>
        {
            state.State = ProjectStates.Failed;
            state.Find(service)?.Failed = true;
        });
        _logger.LogWarning("Service {Service} of {Project} failed at {Step}: {Reason}", service, handle.Name, failure.Type, failure.Message);
        return DirectorOutput.Failure(1, $"{service}: {failure.Message}", [new FailedStep(failure.Type, service)]);
    }

    private List<ServicePlan> Plan(ProjectHandle handle, DirectorFile file)
    {
        var plans = new List<ServicePlan>();
        var jails = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in file.Services)
        {
            ServiceState? previous;
            lock (handle.Sync)
            {
                previous = handle.State?.Find(service.Name);
            }

            var jail = service.JailName ?? previous?.Jail ?? JailNames.Random();
            var root = _store.RootDirectory(handle.Name, jail);
            var makejail = Compile(service, root);
            var error = makejail.Error?.Message;
            if (!jails.TryAdd(jail, service.Name))
            {
                error = $"jail name '{jail}' is already used by service '{jails[jail]}'";
            }

            var labels = JailLabels.FromOptions(file, service);
            error ??= labels.Error?.Message;
            var fingerprint = ServiceFingerprint.Compute(service, jail, makejail.Value?.Sources ?? []);
            plans.Add(new ServicePlan(service, jail, root, makejail.Value, error, fingerprint, labels.Value ?? ImmutableSortedDictionary<string, string>.Empty));
        }

        return plans;
    }

    private Result<MakejailPlan> Compile(DirectorService service, string root)
    {
        var path = MakejailLocator.Resolve(service.Makejail, _options.MetadataDirectory);
        if (path is null)
        {
            return Result.Failure<MakejailPlan>(ErrorCodes.Invalid, $"makejail '{service.Makejail}' is remote; the process runtime only runs local Makejail files "
                + $"(an absolute path, or one relative to {_options.MetadataDirectory})");
        }

        var context = new MakejailContext(path, root, _options.MetadataDirectory, service.Arguments, service.Environment, service.StartEnvironment);
        var compiled = MakejailCompiler.Compile(context);
        return compiled.Succeeded ? compiled.Plan : Result.Failure<MakejailPlan>(ErrorCodes.Invalid, compiled.Describe());
    }

    /// <summary>Destroys services removed from the file and those to recreate (changed, failed, never built, or missing their root).</summary>
    private async Task<(string Service, StepFailure Failure)?> RemoveOutdatedAsync(ProjectHandle handle, List<ServicePlan> plans, LogFolder log, CancellationToken cancellationToken)
    {
        var wanted = plans.ToDictionary(plan => plan.Service.Name, StringComparer.Ordinal);
        List<ServiceState> outdated;
        lock (handle.Sync)
        {
            outdated = [.. handle.State!.Services
                .Where(service => !wanted.TryGetValue(service.Name, out var plan)
                    || plan.Fingerprint != service.Fingerprint || plan.Jail != service.Jail
                    || service.Failed || !service.Built || !Directory.Exists(_store.RootDirectory(handle.Name, service.Jail)))
                .OrderByDescending(service => service.Priority)];
        }

        foreach (var service in outdated)
        {
            Mutate(handle, state => state.LastLog = log.Name);
            if (await DestroyServiceAsync(handle, service, log, cancellationToken) is { } error)
            {
                return (service.Name, new StepFailure(StepTypes.Destroy, error));
            }

            Mutate(handle, state => state.Services.RemoveAll(candidate => candidate.Name == service.Name));
        }

        return null;
    }
}
