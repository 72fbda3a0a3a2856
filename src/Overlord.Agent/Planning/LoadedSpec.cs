using Overlord.Core.Specs;

namespace Overlord.Agent.Planning;

/// <summary>
/// A spec file read from the target commit: its kind and name when it loaded, or its messages when it did not,
/// plus the other files it read (included files).
/// </summary>
public sealed record LoadedSpec(string Path, SpecKind? Kind, string? Name, IReadOnlyList<string> Errors, IReadOnlyList<string> Reads)
{
    public bool IsValid => Errors.Count == 0 && Kind is not null;

    public static LoadedSpec Valid(string path, SpecKind kind, string? name, IReadOnlyList<string>? reads = null) =>
        new(path, kind, name, [], reads ?? []);

    public static LoadedSpec Failed(string path, IReadOnlyList<string> errors, IReadOnlyList<string>? reads = null) =>
        new(path, null, null, errors, reads ?? []);
}
