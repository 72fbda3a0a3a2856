namespace Overlord.FakeTools;

/// <summary>What the fake Director remembers of a project (Director keeps the same in ~/.director/projects).</summary>
internal sealed class FakeProject
{
    public string State { get; set; } = "unfinished";

    public string? LastLog { get; set; }

    public bool Locked { get; set; }

    public List<FakeService> Services { get; set; } = [];
}

/// <summary>One service of a project: its jail, what it was made from and whether its last step failed.</summary>
internal sealed class FakeService
{
    public string Name { get; set; } = "";

    public string Jail { get; set; } = "";

    public int Priority { get; set; }

    public string Fingerprint { get; set; } = "";

    public Dictionary<string, string> Labels { get; set; } = [];

    public bool Failed { get; set; }
}
