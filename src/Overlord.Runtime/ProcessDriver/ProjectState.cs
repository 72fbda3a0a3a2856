namespace Overlord.Runtime.ProcessDriver;

/// <summary>What the process runtime keeps about a project in its state file (<c>DATA/projects/NAME/state.json</c>).</summary>
internal sealed class ProjectState
{
    public required string Name { get; set; }

    /// <summary>One of <see cref="ProjectStates"/>.</summary>
    public string State { get; set; } = ProjectStates.Unfinished;

    public bool Locked { get; set; }

    public string? LastLog { get; set; }

    /// <summary>The Director file of the last up, as given.</summary>
    public string DirectorFile { get; set; } = "";

    public List<ServiceState> Services { get; set; } = [];

    public ServiceState? Find(string service) => Services.Find(candidate => candidate.Name == service);
}

/// <summary>One service of a project: its jail name, what it was built from, and its live process groups.</summary>
internal sealed class ServiceState
{
    public required string Name { get; set; }

    public required string Jail { get; set; }

    public int Priority { get; set; }

    /// <summary>Hash of the service's definition and Makejail content; a change means recreate.</summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>The build stage finished.</summary>
    public bool Built { get; set; }

    /// <summary>A step failed; the next up recreates the service (as Director's fail key).</summary>
    public bool Failed { get; set; }

    /// <summary>The service should run (false after a stop); recovery restarts only these.</summary>
    public bool Running { get; set; }

    public List<StartCommand> StartCommands { get; set; } = [];

    /// <summary>The service's <c>label</c> options as of its last up (what the special labels read).</summary>
    public Dictionary<string, string> Labels { get; set; } = [];

    /// <summary>Process groups started and not yet seen to end; a restarted node adopts or stops those it can confirm are still its own.</summary>
    public List<ProcessGroupRecord> ProcessGroups { get; set; } = [];
}
