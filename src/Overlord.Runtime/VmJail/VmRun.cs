using Overlord.Core.Specs;

namespace Overlord.Runtime.VmJail;

/// <summary>One VM creation as it goes through its steps: what was asked, and what the steps found out.</summary>
internal sealed class VmRun(VmCreateRequest request, IVmProgress progress, VmJailFolder folder)
{
    public VmJailSpec Spec => request.Spec;

    public string Name => request.Spec.VmName;

    public VmCreateRequest Request => request;

    public IVmProgress Progress => progress;

    public VmJailFolder Folder => folder;

    /// <summary>The spec's overwrite; a restart clears it (restart or overwrite, never both).</summary>
    public bool Overwrite { get; set; } = request.Spec.Overwrite;

    /// <summary>Whether the VM was installed before this run.</summary>
    public bool WasDone { get; set; }

    /// <summary>The restart reuses the Director file kept in the done marker.</summary>
    public bool Restarted { get; set; }

    /// <summary>The Director file this run brings the jail up with (kept in the done marker once installed).</summary>
    public string? DirectorFile { get; set; }

    public DiskSourceSpec From => request.Spec.DiskLayout.From;

    /// <summary>An ISO guest already installed by hand: its disk is never created again.</summary>
    public bool InstalledIso => From.Type == DiskSourceType.Iso && From.Installed == true;
}
