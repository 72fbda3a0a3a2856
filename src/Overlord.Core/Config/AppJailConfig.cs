namespace Overlord.Core.Config;

/// <summary><c>appjail</c>: where AppJail keeps its logs, images and jails.</summary>
public sealed record AppJailConfig
{
    public const string SectionName = "appjail";

    public string Logs { get; init; } = "/var/log/appjail";

    public string Images { get; init; } = "/usr/local/appjail/cache/images";

    public string Jails { get; init; } = "/usr/local/appjail/jails";
}
