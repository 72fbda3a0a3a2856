namespace Overlord.Core.Specs;

/// <summary>How a partition is formatted: newfs flags, or a script run with OVERLORD_PHASE; at most one of them.</summary>
public sealed record PartitionFormatSpec
{
    public string? Flags { get; init; }

    public string? Script { get; init; }
}
