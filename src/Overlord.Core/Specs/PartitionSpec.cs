namespace Overlord.Core.Specs;

/// <summary>One gpart partition; the first one with <see cref="Format"/> becomes the VM's root.</summary>
public sealed record PartitionSpec
{
    /// <summary>The gpart type (<c>freebsd-ufs</c>, <c>efi</c>, ...).</summary>
    public required string Type { get; init; }

    public string? Alignment { get; init; }

    public string? Start { get; init; }

    public string? Size { get; init; }

    public string? Label { get; init; }

    public PartitionFormatSpec? Format { get; init; }
}
