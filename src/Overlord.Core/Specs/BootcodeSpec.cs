namespace Overlord.Core.Specs;

/// <summary><c>diskLayout.disk.bootcode</c>: gpart bootcode; <see cref="Partcode"/> and <see cref="Index"/> go together.</summary>
public sealed record BootcodeSpec
{
    public string? Bootcode { get; init; }

    public string? Partcode { get; init; }

    public long? Index { get; init; }
}
