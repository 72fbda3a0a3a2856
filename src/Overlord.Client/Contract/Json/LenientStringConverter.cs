using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// Reads a string field from any JSON value: a string as itself, a number or boolean as its JSON text,
/// an object or array as its raw JSON. The original stores command output and file contents loosely,
/// so a field that is "usually a string" must not fail the whole response.
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    // Dictionary keys are strings as they stand; the converter applies to them too once it is registered.
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() ?? "";

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);
}
