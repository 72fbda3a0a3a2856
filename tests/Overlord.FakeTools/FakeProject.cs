namespace Overlord.FakeTools;

/// <summary>What the fake Director remembers of a project (Director keeps the same in ~/.director/projects).</summary>
internal sealed class FakeProject
{
    public string State { get; set; } = "unfinished";

    public string? LastLog { get; set; }

    public List<FakeService> Services { get; set; } = [];
}
