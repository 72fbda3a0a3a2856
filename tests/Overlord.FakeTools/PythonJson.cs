using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Overlord.FakeTools;

/// <summary>Writes JSON laid out as Python's <c>json.dumps(value, indent=2)</c> (what Director prints), or on one line.</summary>
internal static class PythonJson
{
    public static string Write(Action<Utf8JsonWriter> write, bool indented = true)
    {
        var options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
