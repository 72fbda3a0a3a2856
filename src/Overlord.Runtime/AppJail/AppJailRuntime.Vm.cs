using Microsoft.Extensions.Logging;
using Overlord.Runtime.VmJail;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// vmJail creation (reference section 11): the jail is brought up by Director from a generated Director file, then
/// vm-bhyve creates, installs and starts the VM inside it. This part is the Director stage; the VM stage is in
/// AppJailRuntime.VmInstall.cs.
/// </summary>
public sealed partial class AppJailRuntime : IVmRuntime
{
    private const int JailStatusMissing = 2;

    public async Task<VmCreateResult> CreateVmAsync(VmCreateRequest request, IVmProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Spec.VmName;
        if (InvalidName(name) is { } invalid)
        {
            return new VmCreateResult(VmCreateOutcome.Failed, invalid.Message!);
        }

        if (Makejail(request) is not { } makejail)
        {
            return new VmCreateResult(VmCreateOutcome.Failed, $"{request.Spec.MakejailFromMetadata}: metadata not found.");
        }

        if (await LockedElsewhereAsync(name, cancellationToken) is { } locked)
        {
            return new VmCreateResult(VmCreateOutcome.Skipped, locked);
        }

        CreateDatastore(request.Spec.Datastore);
        var run = new VmRun(request, progress, new VmJailFolder(_options.JailsDirectory, name));
        if (await PrepareExistingAsync(run, cancellationToken) is { } early)
        {
            return early;
        }

        await progress.ProjectUpdatedAsync(new VmProjectUpdate(VmProjectStage.Running), cancellationToken);
        if (run.DirectorFile is null || run.Overwrite)
        {
            run.DirectorFile = VmDirectorFile.Create(request.Spec, makejail);
        }

        if (await UpVmJailAsync(run, cancellationToken) is { } stopped)
        {
            return stopped;
        }

        return await InstallVmAsync(run, cancellationToken);
    }

    private static string? Makejail(VmCreateRequest request) =>
        request.Spec.Makejail
        ?? (request.MetadataDirectory is { } metadata && Path.Combine(metadata, request.Spec.MakejailFromMetadata!) is var file && File.Exists(file) ? file : null);

    /// <summary>
    /// The original's skip rule: Director holds the project right now (UNFINISHED or DESTROYING, locked). A lock left
    /// by an up that is gone does not skip: Director's up is refused for it, and <see cref="RunDirectorAsync"/> removes it.
    /// </summary>
    private async Task<string?> LockedElsewhereAsync(string name, CancellationToken cancellationToken)
    {
        if (await DescribeAsync(name, cancellationToken) is not { Locked: true, State: ProjectStates.Unfinished or ProjectStates.Destroying } held)
        {
            return null;
        }

        var lockFile = Path.Combine(_options.DirectorLocksDirectory, name, "lock");
        var verdict = File.Exists(lockFile) ? DirectorLock.Inspect(name, lockFile, _options.DirectorProjectsDirectory) : null;
        return verdict is { Stale: true }
            ? null
            : $"{name} is {held.State} and locked by another appjail-director run: nothing was done; apply again once it has ended.{(verdict is null ? "" : " " + verdict.Explanation)}";
    }

    private static void CreateDatastore(string? datastore)
    {
        if (datastore is not null)
        {
            Directory.CreateDirectory(Path.Combine(datastore, ".img"));
            Directory.CreateDirectory(Path.Combine(datastore, ".iso"));
        }
    }

    /// <summary>
    /// When the VM's jail exists and its VM was installed: nothing to do without restart or overwrite; a restart
    /// brings the jail down (powering the VM off first when asked) to bring it up again with the same Director file.
    /// </summary>
    private async Task<VmCreateResult?> PrepareExistingAsync(VmRun run, CancellationToken cancellationToken)
    {
        if (await JailStatusAsync(run.Name, cancellationToken) >= JailStatusMissing)
        {
            return null;
        }

        if (!run.Folder.Exists)
        {
            return new VmCreateResult(VmCreateOutcome.Failed, $"jail {run.Name} exists but its root {run.Folder.Root} does not.");
        }

        run.WasDone = run.Folder.IsDone;
        if (!run.WasDone)
        {
            return null;
        }

        if (!run.Request.Restart && !run.Overwrite)
        {
            return new VmCreateResult(
                VmCreateOutcome.AlreadyInstalled, $"{run.Name} is already installed: nothing was done (use overwrite or restart to change it).");
        }

        if (run.Request.Restart && await ExistsAsync(run.Name, cancellationToken))
        {
            run.DirectorFile = run.Folder.ReadDone();
            if (run.Spec.Poweroff)
            {
                await PowerOffIfVmAsync(run.Name, cancellationToken);
            }

            var down = await _tools.DirectorAsync(["down", "-j", "-p", run.Name], run.Request.Environment, _options.ToolTimeout, null, cancellationToken);
            _logger.LogInformation("Stopped the jail of VM {Vm} to restart it: exit code {ExitCode}", run.Name, down.ExitCode);
            run.Restarted = true;
            run.Overwrite = false;
        }

        return null;
    }

    /// <summary>
    /// <c>appjail-director up</c> of the VM's jail, recorded as the project's up status. An installed ISO guest whose
    /// jail is not installed and not restarted skips it (NOOP). A failed up, or a restart, ends the run here.
    /// </summary>
    private async Task<VmCreateResult?> UpVmJailAsync(VmRun run, CancellationToken cancellationToken)
    {
        if (run.InstalledIso && !run.WasDone && !run.Request.Restart)
        {
            await run.Progress.ProjectUpdatedAsync(new VmProjectUpdate(VmProjectStage.Noop), cancellationToken);
            return null;
        }

        var file = await _files.WriteAsync(run.Name, run.DirectorFile!, cancellationToken);
        List<string> arguments = ["up", "-j", "-f", file, "-p", run.Name];
        if (run.Overwrite)
        {
            arguments.Add("--overwrite");
        }

        var result = Report(
            await RunDirectorAsync(
                run.Name,
                "appjail-director up",
                () => _tools.DirectorAsync(arguments, run.Request.Environment, _options.ToolTimeout, _files.ProjectDirectory(run.Name), cancellationToken)),
            "up",
            run.Name);
        var stage = result.Succeeded ? VmProjectStage.Completed : VmProjectStage.Incompleted;
        await run.Progress.ProjectUpdatedAsync(new VmProjectUpdate(stage, result, run.Restarted), cancellationToken);
        if (!result.Succeeded)
        {
            var failed = string.Join(", ", result.Failed.Select(step => $"{step.Type} of {step.Service}"));
            return new VmCreateResult(
                VmCreateOutcome.Failed,
                $"appjail-director up of {run.Name} did not complete (errlevel {result.ErrLevel}{(failed.Length > 0 ? $", failed: {failed}" : "")}): {result.Message ?? DirectorOutput.LastLine(new(result.ExitCode, result.StdOut, result.StdErr))}");
        }

        return run.Restarted ? new VmCreateResult(VmCreateOutcome.Restarted, $"{run.Name} was restarted with the Director file it was installed with.") : null;
    }
}
