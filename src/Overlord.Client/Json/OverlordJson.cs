using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Client.Json;

/// <summary>
/// The serializer settings for the API's bodies. Reading is lenient: unknown fields are skipped, numbers
/// may come quoted, and a string field accepts any scalar (the original writes whatever Python held).
/// Writing leaves out null properties, because the original turns an explicit null into the text "None".
/// </summary>
public static class OverlordJson
{
    /// <summary>The shared options; names come from the DTOs' own <see cref="JsonPropertyNameAttribute"/>s.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            AllowTrailingCommas = true,

            // Bodies go to the API, never into HTML: keep '+', quotes and non-ASCII readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new LenientStringConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
