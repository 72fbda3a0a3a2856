namespace Overlord.Core.Specs;

/// <summary><c>diskLayout.disk</c>: the partition table written with gpart.</summary>
public sealed record DiskSpec
{
    /// <summary>Only <c>gpt</c>.</summary>
    public string Scheme { get; init; } = "gpt";

    public IReadOnlyList<PartitionSpec> Partitions { get; init; } = [];

    public BootcodeSpec? Bootcode { get; init; }
}
