namespace Overlord.Core.Specs;

/// <summary><c>diskLayout</c>: the VM's disk and how its system is installed.</summary>
public sealed record DiskLayoutSpec
{
    /// <summary>The drivers vm-bhyve can give disk0.</summary>
    public static IReadOnlyList<string> Drivers { get; } = ["virtio-blk", "nvme", "ahci-hd"];

    /// <summary><c>virtio-blk</c>, <c>nvme</c> or <c>ahci-hd</c>.</summary>
    public required string Driver { get; init; }

    /// <summary>The size as written (<c>20G</c>), passed to vm-bhyve as disk0_size.</summary>
    public required string Size { get; init; }

    /// <summary>The size in bytes.</summary>
    public long SizeBytes { get; init; }

    public required DiskSourceSpec From { get; init; }

    /// <summary>Required for components, appjailImage and pkgbase.</summary>
    public DiskSpec? Disk { get; init; }

    public IReadOnlyList<FstabEntrySpec> Fstab { get; init; } = [];
}
