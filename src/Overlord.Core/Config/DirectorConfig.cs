namespace Overlord.Core.Config;

/// <summary>
/// <c>director</c>: where AppJail Director keeps its logs, projects and locks (director.ini's <c>[logs]</c>,
/// <c>[projects]</c> and <c>[locks]</c> directories; the defaults are Director's, director/config.py).
/// </summary>
public sealed record DirectorConfig
{
    public const string SectionName = "director";

    /// <summary><c>~/.director/logs</c> by default.</summary>
    public string Logs { get; init; } = Path.Combine(ConfigHost.Current.HomeDirectory, ".director", "logs");

    /// <summary><c>~/.director/projects</c> by default: an up records its pid in <c>NAME/pid</c> there.</summary>
    public string Projects { get; init; } = Path.Combine(ConfigHost.Current.HomeDirectory, ".director", "projects");

    /// <summary><c>/tmp/director/locks</c> for root, else <c>~/.director/locks</c>: a project's <c>NAME/lock</c>.</summary>
    public string Locks { get; init; } = DefaultLocks(ConfigHost.Current);

    public static string DefaultLocks(ConfigHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.IsRoot ? "/tmp/director/locks" : Path.Combine(host.HomeDirectory, ".director", "locks");
    }
}
