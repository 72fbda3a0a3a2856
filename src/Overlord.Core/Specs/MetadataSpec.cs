namespace Overlord.Core.Specs;

/// <summary><c>metadata</c>: key → text values written on every targeted node, plus an optional namespace.</summary>
public sealed record MetadataSpec : Spec
{
    /// <summary>The server's default <c>metadata.size</c>: the largest value, in bytes.</summary>
    public const int MaxValueBytes = 1024 * 1024;

    /// <inheritdoc />
    public override SpecKind Kind => SpecKind.Metadata;

    /// <summary>The values of <c>metadata</c> and of every <c>include</c>d file (later files win), keys as written.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The included files, as written (relative to the working directory).</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>When set, every key is stored as <c>prefix.key</c>.</summary>
    public string? MetadataPrefix { get; init; }

    public NamespaceSpec? Namespace { get; init; }

    /// <summary>
    /// <c>readLive: true</c>: services read these values while they run, so a change of them does not make the GitOps
    /// agent redeploy the projects that read them (issue 9). Ours only; the original ignores the key.
    /// </summary>
    public bool ReadLive { get; init; }

    /// <summary>The keys and values as they are stored on the nodes: with <see cref="MetadataPrefix"/> applied.</summary>
    public IReadOnlyDictionary<string, string> EffectiveMetadata() =>
        MetadataPrefix is null
            ? Metadata
            : Metadata.ToDictionary(e => $"{MetadataPrefix}.{e.Key}", e => e.Value, StringComparer.Ordinal);
}
