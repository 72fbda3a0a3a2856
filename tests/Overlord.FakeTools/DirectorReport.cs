namespace Overlord.FakeTools;

/// <summary>The JSON that `appjail-director up|down -j` prints when it exits: errlevel, message and failed steps.</summary>
internal sealed class DirectorReport
{
    public int ErrLevel { get; set; }

    public string? Message { get; set; }

    public List<(string Type, string Service)> Failed { get; } = [];

    public string ToJson() => PythonJson.Dumps(PythonJson.Object(
        ("errlevel", ErrLevel),
        ("message", Message),
        ("failed", Failed.Select(step => PythonJson.Object(("type", step.Type), ("service", step.Service))).ToList())));
}
