namespace Overlord.Runtime.Director;

/// <summary>One entry of the top-level <c>volumes</c>.</summary>
public sealed record DirectorVolume
{
    public required string Device { get; init; }

    public string? Type { get; init; }

    public string? Options { get; init; }

    public int? Dump { get; init; }

    public int? Pass { get; init; }

    public int? Umask { get; init; }

    public int? Mode { get; init; }

    public string? Owner { get; init; }

    public string? Group { get; init; }
}
