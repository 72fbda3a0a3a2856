namespace Overlord.Core.Specs;

/// <summary><c>vmJail</c>: a jail made from a Makejail that runs a bhyve VM installed from <see cref="DiskLayout"/> (reference section 11).</summary>
public sealed record VmJailSpec : Spec
{
    /// <inheritdoc />
    public override SpecKind Kind => SpecKind.VmJail;

    /// <summary>The name of the project, the jail and the VM.</summary>
    public required string VmName { get; init; }

    /// <summary>A Makejail path or remote reference (<c>gh+user/repo</c>); null when <see cref="MakejailFromMetadata"/> is used.</summary>
    public string? Makejail { get; init; }

    public string? MakejailFromMetadata { get; init; }

    /// <summary>vm-bhyve template values (disk0_* are written by the node).</summary>
    public IReadOnlyDictionary<string, string> Template { get; init; } = new Dictionary<string, string>();

    public required DiskLayoutSpec DiskLayout { get; init; }

    /// <summary>A shell script run in the jail after installation.</summary>
    public string? Script { get; init; }

    /// <summary>Metadata keys copied into the jail's <c>/metadata</c>, as written (see <see cref="EffectiveMetadata"/>).</summary>
    public IReadOnlyList<string> Metadata { get; init; } = [];

    public string? MetadataPrefix { get; init; }

    /// <summary>appjail-quick options: one mapping per item, values may be null.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Options { get; init; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> ScriptEnvironment { get; init; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> StartEnvironment { get; init; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> StartArguments { get; init; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> BuildEnvironment { get; init; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> BuildArguments { get; init; } = [];

    public CloudInitSpec? CloudInit { get; init; }

    public bool Overwrite { get; init; }

    public bool Poweroff { get; init; }

    /// <summary>The vm-bhyve datastore directory the node creates.</summary>
    public string? Datastore { get; init; }

    /// <summary>The metadata keys with <see cref="MetadataPrefix"/> applied.</summary>
    public IReadOnlyList<string> EffectiveMetadata() =>
        MetadataPrefix is null ? Metadata : Metadata.Select(m => $"{MetadataPrefix}.{m}").ToArray();
}
