using Microsoft.Extensions.Logging;

namespace Overlord.Runtime.ProcessDriver;

public sealed partial class ProcessRuntime
{
    /// <summary>Builds the service if it does not exist yet, starts it if it is not running, then runs its post-start scripts.</summary>
    private async Task<StepFailure?> BringUpAsync(ProjectHandle handle, ServicePlan plan, LogFolder log, CancellationToken cancellationToken)
    {
        var name = plan.Service.Name;
        ServiceState? current;
        lock (handle.Sync)
        {
            current = handle.State!.Find(name);
        }

        var tracker = Tracker(handle, name);

        // Refreshed on every up: global options are not part of the fingerprint, so they change without a rebuild.
        var labels = plan.Labels.ToDictionary(StringComparer.Ordinal);
        if (current is not null)
        {
            var existing = current;
            Mutate(handle, _ => existing.Labels = labels);
        }
        else
        {
            current = new ServiceState { Name = name, Jail = plan.Jail, Priority = plan.Service.Priority, Fingerprint = plan.Fingerprint, Labels = labels };
            var entry = current;
            Mutate(handle, state =>
            {
                state.LastLog = log.Name;
                state.Services.Add(entry);
            });
            var buildLog = log.PathFor(name, StepTypes.Makejail);
            if (plan.Makejail is null || plan.Error is not null)
            {
                await File.AppendAllTextAsync(buildLog, $"overlord: {plan.Error}\n", cancellationToken);
                return new StepFailure(StepTypes.Makejail, plan.Error ?? "no Makejail");
            }

            _logger.LogInformation("Creating {Service} ({Jail}) of {Project}", name, plan.Jail, handle.Name);
            Directory.CreateDirectory(plan.RootDirectory);
            if (await _builder.BuildAsync(plan.Makejail, plan.RootDirectory, buildLog, tracker, cancellationToken) is { } buildError)
            {
                return new StepFailure(StepTypes.Makejail, buildError);
            }

            var scripts = plan.Service.Scripts.Where(script => !script.PostStart).ToList();
            if (scripts.Count > 0 && await RunScriptsAsync(plan, scripts, log, tracker, cancellationToken) is { } scriptError)
            {
                return new StepFailure(StepTypes.Scripts, scriptError);
            }

            Mutate(handle, _ => (entry.Built, entry.StartCommands) = (true, [.. plan.Makejail.StartCommands]));
        }

        if (!IsStarted(handle, name))
        {
            Mutate(handle, state => state.LastLog = log.Name);
            if (await StartServiceAsync(handle, current, log, NothingToAdopt, cancellationToken) is { IsSuccess: false } started)
            {
                return new StepFailure(StepTypes.Start, started.Error.Message);
            }
        }

        var postStart = plan.Service.Scripts.Where(script => script.PostStart).ToList();
        return postStart.Count > 0 && await RunScriptsAsync(plan, postStart, log, tracker, cancellationToken) is { } postError
            ? new StepFailure(StepTypes.Scripts, postError)
            : null;
    }

    private Task<string?> RunScriptsAsync(ServicePlan plan, List<Director.DirectorScript> scripts, LogFolder log, ProcessGroupChanged tracker, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [MakejailContext.MetadataVariable] = _options.MetadataDirectory,
            [MakejailContext.RootVariable] = plan.RootDirectory,
        };
        foreach (var pair in plan.Service.Environment)
        {
            variables[pair.Key] = pair.Value ?? "";
        }

        return _builder.RunScriptsAsync(scripts, plan.RootDirectory, variables, log.PathFor(plan.Service.Name, StepTypes.Scripts), tracker, cancellationToken);
    }
}
