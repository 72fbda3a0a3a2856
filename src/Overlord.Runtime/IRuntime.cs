namespace Overlord.Runtime;

/// <summary>
/// What a node uses to create, start, stop, destroy and inspect projects and their jails.
/// Two implementations: AppJailRuntime (FreeBSD, drives appjail-director and appjail) and
/// ProcessRuntime (any OS, runs each service as supervised local processes).
/// Shapes follow AppJail Director's JSON contract (reference section 8) so the API can serve
/// both the same way.
/// </summary>
public interface IRuntime
{
    /// <summary>The name used in <c>runtime:</c> of overlord.yml (<c>appjail</c> or <c>process</c>).</summary>
    string Name { get; }

    /// <summary>Creates or updates a project from a Director file (as <c>appjail-director up</c>).</summary>
    Task<RuntimeResult> UpAsync(UpRequest request, CancellationToken cancellationToken);

    /// <summary>Stops and destroys a project (as <c>appjail-director down -d --ignore-failed</c>).</summary>
    Task<RuntimeResult> DownAsync(DownRequest request, CancellationToken cancellationToken);

    /// <summary>Stops a project's services without destroying them (used by restart).</summary>
    Task<RuntimeResult> StopAsync(string project, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken);

    /// <summary>Cancels a running <c>up</c> of the project (as <c>appjail-director cancel</c>).</summary>
    Task<RuntimeResult> CancelAsync(string project, CancellationToken cancellationToken);

    /// <summary>Whether the project exists (as <c>appjail-director check -p</c>).</summary>
    Task<bool> ExistsAsync(string project, CancellationToken cancellationToken);

    /// <summary>The names of the projects on this node (as <c>appjail-director ls</c>).</summary>
    Task<IReadOnlyList<string>> ListProjectsAsync(CancellationToken cancellationToken);

    /// <summary>The project's state and its services with live status, or null when it does not exist.</summary>
    Task<ProjectDescription?> DescribeAsync(string project, CancellationToken cancellationToken);

    /// <summary>The names of the jails (or, for the process runtime, service instances) on this node.</summary>
    Task<IReadOnlyList<string>> ListJailsAsync(CancellationToken cancellationToken);

    /// <summary>Live status of one jail: 0 running, 1 stopped, 66 missing (as <c>appjail status -q</c>).</summary>
    Task<int> JailStatusAsync(string jail, CancellationToken cancellationToken);

    /// <summary>
    /// The jail's labels by name (AppJail's <c>conf/labels/NAME/value</c>; for the process runtime, the service's
    /// <c>label</c> options), an empty value for a label without one. Null when there is no such jail.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>?> JailLabelsAsync(string jail, CancellationToken cancellationToken);

    /// <summary>The folder that holds the project logs laid out as Director does: <c>DATE/SERVICE/TYPE.log</c>.</summary>
    string ProjectLogsDirectory { get; }
}
