namespace Overlord.FakeTools;

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
