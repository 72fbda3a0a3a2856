namespace Overlord.FakeTools;

/// <summary>The JSON that `appjail-director up|down -j` prints when it exits: errlevel, message and failed steps.</summary>
internal sealed class DirectorReport
{
    public int ErrLevel { get; set; }

    public string? Message { get; set; }

    public List<(string Type, string Service)> Failed { get; } = [];

    public string ToJson() => PythonJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("errlevel", ErrLevel);
        writer.WriteString("message", Message);
        writer.WriteStartArray("failed");
        foreach (var (type, service) in Failed)
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteString("service", service);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
