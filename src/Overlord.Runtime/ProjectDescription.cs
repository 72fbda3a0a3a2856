namespace Overlord.Runtime;

/// <summary>A project as <c>appjail-director describe -p</c> reports it.</summary>
/// <param name="Name">Project name.</param>
/// <param name="State">DONE, FAILED, UNFINISHED or DESTROYING.</param>
/// <param name="LastLog">Basename of the newest log folder (<c>2026-01-02_10h11m12s</c>), or null.</param>
/// <param name="Locked">True while an operation holds the project.</param>
/// <param name="Services">Services with their live status.</param>
public sealed record ProjectDescription(
    string Name,
    string State,
    string? LastLog,
    bool Locked,
    IReadOnlyList<ServiceDescription> Services);

/// <summary>A service: its name, live status (0 running, 1 stopped, 66 missing) and jail name.</summary>
public sealed record ServiceDescription(string Name, int Status, string Jail);

/// <summary>Director's project states.</summary>
public static class ProjectStates
{
    public const string Done = "DONE";
    public const string Failed = "FAILED";
    public const string Unfinished = "UNFINISHED";
    public const string Destroying = "DESTROYING";
}
