namespace Overlord.Core.Specs;

/// <summary>One line of the VM's fstab(5); every field is required.</summary>
public sealed record FstabEntrySpec
{
    public required string Device { get; init; }

    public required string Mountpoint { get; init; }

    public required string Type { get; init; }

    public required string Options { get; init; }

    public long Dump { get; init; }

    public long Pass { get; init; }
}
