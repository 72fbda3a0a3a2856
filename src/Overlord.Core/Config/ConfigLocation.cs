namespace Overlord.Core.Config;

/// <summary>The config file to load (a full path), or none, and why.</summary>
public sealed record ConfigLocation(string? Path, ConfigSource Source)
{
    /// <summary>No file: run on defaults.</summary>
    public static ConfigLocation None { get; } = new(null, ConfigSource.None);

    /// <summary>How to name this location in a message.</summary>
    public string Describe() => Source switch
    {
        ConfigSource.Variable => $"{Path} (from ${OverlordConfig.PathVariable})",
        ConfigSource.None => "no configuration file (defaults)",
        _ => Path ?? "",
    };
}
