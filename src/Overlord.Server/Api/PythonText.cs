using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overlord.Server.Api;

/// <summary>A JSON value as Python's <c>str()</c> shows it in the original's messages (None, True, False...).</summary>
internal static class PythonText
{
    public static string Of(JsonNode? value) => value switch
    {
        null => "None",
        JsonValue scalar => scalar.GetValueKind() switch
        {
            JsonValueKind.String => scalar.GetValue<string>(),
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            _ => scalar.ToJsonString(),
        },
        _ => value.ToJsonString(),
    };
}
