using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Overlord.FakeTools;

/// <summary>Writes JSON laid out as Python's <c>json.dumps(value, indent=2)</c> (what Director prints).</summary>
internal static class PythonJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
