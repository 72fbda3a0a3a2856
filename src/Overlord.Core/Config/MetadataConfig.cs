namespace Overlord.Core.Config;

/// <summary><c>metadata</c>: where metadata files and namespaces live, and how large a value may be.</summary>
public sealed record MetadataConfig
{
    public const string SectionName = "metadata";

    /// <summary>The smallest allowed <see cref="Size"/>.</summary>
    public const long MinimumSize = 1024;

    /// <summary><c>&lt;data_dir&gt;/metadata</c> by default.</summary>
    public string Location { get; init; } = Path.Combine(ConfigHost.Current.DefaultDataDirectory, "metadata");

    /// <summary>The largest metadata value, in bytes.</summary>
    public long Size { get; init; } = 1024 * 1024;

    /// <summary><c>&lt;data_dir&gt;/namespace</c> by default.</summary>
    public string Namespaces { get; init; } = Path.Combine(ConfigHost.Current.DefaultDataDirectory, "namespace");
}
