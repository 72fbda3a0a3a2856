namespace Overlord.Core.Specs;

/// <summary><c>namespace</c>: a directory tree on each node built from metadata, for AppJail's copydir.</summary>
public sealed record NamespaceSpec
{
    public required string Name { get; init; }

    /// <summary>At least one entry.</summary>
    public IReadOnlyList<NamespaceMappingSpec> Mapping { get; init; } = [];
}
