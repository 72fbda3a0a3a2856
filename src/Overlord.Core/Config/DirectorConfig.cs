namespace Overlord.Core.Config;

/// <summary><c>director</c>: where AppJail Director writes its logs.</summary>
public sealed record DirectorConfig
{
    public const string SectionName = "director";

    /// <summary><c>~/.director/logs</c> by default.</summary>
    public string Logs { get; init; } = Path.Combine(ConfigHost.Current.HomeDirectory, ".director", "logs");
}
