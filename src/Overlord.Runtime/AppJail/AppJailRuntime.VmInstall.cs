using Microsoft.Extensions.Logging;
using Overlord.Core.Specs;
using Overlord.Platform.Processes;
using Overlord.Runtime.Inspection;
using Overlord.Runtime.VmJail;

namespace Overlord.Runtime.AppJail;

public sealed partial class AppJailRuntime
{
    /// <summary>
    /// The VM stage, once the jail is up: the cloud-init seed, the <c>overlord</c> template, <c>vm create</c>, then the
    /// install of its type; the done marker (holding the Director file) is written when it succeeded.
    /// </summary>
    private async Task<VmCreateResult> InstallVmAsync(VmRun run, CancellationToken cancellationToken)
    {
        if (!run.Folder.Exists)
        {
            return new VmCreateResult(VmCreateOutcome.Failed, $"the root of jail {run.Name} ({run.Folder.Root}) does not exist after appjail-director up.");
        }

        await run.Progress.VmRunningAsync(cancellationToken);
        var template = new OrderedDictionary<string, string>(run.Spec.Template, StringComparer.Ordinal);
        if (run.Spec.CloudInit is { } cloudInit)
        {
            var seed = await MakeSeedAsync(run.Folder, cloudInit, cancellationToken);
            if (!seed.Succeeded)
            {
                return new VmCreateResult(VmCreateOutcome.Failed, Output(seed));
            }

            template["disk1_type"] = "ahci-cd";
            template["disk1_name"] = "seed.iso";
            template["disk1_dev"] = "file";
        }

        template["disk0_type"] = run.Spec.DiskLayout.Driver;
        template["disk0_name"] = "disk0.img";
        template["disk0_dev"] = "file";

        // Always given (the spec requires it): vm-bhyve would otherwise take 20G and resize an image to it.
        template["disk0_size"] = run.Spec.DiskLayout.Size;

        await run.Folder.WriteTemplateAsync(template, cancellationToken);
        var done = run.Folder.IsDone;
        if (!run.InstalledIso && !(run.Overwrite && done))
        {
            List<string> create = ["cmd", "jexec", run.Name, "vm", "create", "-t", VmJailFolder.TemplateName];
            if (run.From.ImgFile is { } image)
            {
                create.AddRange(["-i", image]);
            }

            create.Add(run.Name);
            var created = await _tools.AppJailAsync(create, _options.ToolTimeout, cancellationToken);
            if (!created.Succeeded)
            {
                return new VmCreateResult(VmCreateOutcome.Failed, Output(created));
            }
        }

        run.Folder.CopyTemplateToVm();
        run.Folder.MoveSeedToVm();
        var (installed, writesDone) = await InstallOrStartAsync(run, done, cancellationToken);
        if (!installed.Succeeded)
        {
            _logger.LogWarning("Installing VM {Vm} failed: exit code {ExitCode}, {Detail}", run.Name, installed.ExitCode, DirectorOutput.LastLine(installed));
            return new VmCreateResult(VmCreateOutcome.Failed, Output(installed));
        }

        if (VmBhyveOutput.Refusal(installed.StdOut) is { } refusal)
        {
            _logger.LogWarning("vm-bhyve did not start VM {Vm} although it exited 0: {Refusal}", run.Name, refusal);
            return new VmCreateResult(VmCreateOutcome.Failed, $"{Output(installed).TrimEnd('\n')}\nvm-bhyve did not start the VM: {refusal}");
        }

        if (writesDone)
        {
            await run.Folder.WriteDoneAsync(run.DirectorFile!, cancellationToken);
        }

        return new VmCreateResult(VmCreateOutcome.Completed, Output(installed));
    }

    /// <summary>
    /// Installs by type: a script partitions and fills the disk for components, appjailImage and pkgbase (only started
    /// when an installed VM is overwritten); an ISO boots its installer (no done marker: the guest is installed by
    /// hand) or, once installed, starts; an image starts. Returns the last tool's result and whether it made the VM done.
    /// </summary>
    private async Task<(ToolResult Result, bool WritesDone)> InstallOrStartAsync(VmRun run, bool done, CancellationToken cancellationToken)
    {
        var commands = new VmInstallCommands(_options);
        switch (run.From.Type)
        {
            case DiskSourceType.Components or DiskSourceType.AppjailImage or DiskSourceType.Pkgbase:
                await VmInstallMetadata.WriteAsync(run.Folder, run.Spec, run.Request.MetadataDirectory, cancellationToken);
                var script = run.Overwrite && done ? commands.Start(run.Name) : commands.Install(run.Name, run.From);
                return (await _tools.OtherAsync(_options.Shell, script, _options.ToolTimeout, cancellationToken), true);
            case DiskSourceType.Iso when run.From.Installed != true:
                var install = await _tools.AppJailAsync(
                    ["cmd", "jexec", run.Name, "vm", "install", run.Name, run.From.IsoFile!], _options.ToolTimeout, cancellationToken);
                return (install, false);
            default:
                return (await _tools.OtherAsync(_options.Shell, commands.Start(run.Name), _options.ToolTimeout, cancellationToken), true);
        }
    }

    private async Task<ToolResult> MakeSeedAsync(VmJailFolder folder, CloudInitSpec cloudInit, CancellationToken cancellationToken)
    {
        if (CloudInitSeed.MakefsArguments(folder, cloudInit) is not { } arguments)
        {
            return new ToolResult(DataError, "", $"cloud-init.flags: cannot split '{cloudInit.Flags}': a quote is not closed.\n");
        }

        await CloudInitSeed.WriteAsync(folder, cloudInit, cancellationToken);
        return await _tools.OtherAsync(_options.MakefsExecutable, arguments, _options.ToolTimeout, cancellationToken);
    }

    /// <summary>What a tool printed, stdout then stderr, without terminal colours (the original's merged, <c>sansi</c>'d output).</summary>
    private static string Output(ToolResult tool) => AnsiText.Strip(tool.StdOut + tool.StdErr);
}
