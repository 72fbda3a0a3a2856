namespace Overlord.FakeTools;

/// <summary>What the fake Director remembers of a project (Director keeps the same in ~/.director/projects).</summary>
internal sealed class FakeProject
{
    public string State { get; set; } = "unfinished";

    public string? LastLog { get; set; }

    public bool Locked { get; set; }

    /// <summary>The pid of the `up` or `down` holding the lock (Director records it for `cancel`), or null.</summary>
    public int? Pid { get; set; }

    public List<FakeService> Services { get; set; } = [];
}
