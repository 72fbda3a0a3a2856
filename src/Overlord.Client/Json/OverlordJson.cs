using System.Text.Encodings.Web;
using System.Text.Json;
using Overlord.Client.Contract;

namespace Overlord.Client.Json;

/// <summary>
/// The serializer settings of every body on the wire, over the one source-generated <see cref="OverlordJsonContext"/>.
/// Reading is lenient: unknown fields are skipped, numbers may come quoted, and a string field accepts any scalar
/// (the original writes whatever Python held). Writing keeps nulls, as the original's responses do; a request
/// field the original would turn into the text "None" is left out by its record.
/// </summary>
public static class OverlordJson
{
    /// <summary>The shared options; names come from the contract records.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        // Bodies go to the API and the terminal, never into HTML: keep '+', quotes and non-ASCII readable.
        var options = new JsonSerializerOptions(OverlordJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.MakeReadOnly();
        return options;
    }
}
