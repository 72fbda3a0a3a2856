using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary>
/// Copies a parsed body into a <see cref="JsonNode"/> tree at once, so every refusal happens here and none later,
/// in a handler, as an exception (issue 11.6): <c>JsonNode.Parse</c>
/// decodes strings and builds objects lazily, and a lone surrogate or a key given twice then threw in the middle of
/// a write.
/// </summary>
internal static class JsonBody
{
    /// <summary>The tree, or null and the message of the refusal.</summary>
    public static JsonNode? Read(JsonElement root, out string? error)
    {
        try
        {
            error = null;
            return Copy(root);
        }
        catch (InvalidOperationException)
        {
            // The body is valid UTF-8 by now: what cannot be decoded is an escape such as a lone "\ud800".
            error = ApiMessages.InvalidString;
            return null;
        }
        catch (InvalidDataException exception)
        {
            error = exception.Message;
            return null;
        }
    }

    private static JsonNode? Copy(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => CopyObject(element),
        JsonValueKind.Array => new JsonArray([.. element.EnumerateArray().Select(Copy)]),
        JsonValueKind.String => JsonValue.Create(element.GetString()!),
        JsonValueKind.True => JsonValue.Create(true),
        JsonValueKind.False => JsonValue.Create(false),
        JsonValueKind.Number => JsonValue.Create(element.Clone()),
        _ => null,
    };

    private static JsonObject CopyObject(JsonElement element)
    {
        var result = new JsonObject();
        foreach (var property in element.EnumerateObject())
        {
            // Python's json.loads kept the last value; taking either silently would hide a client's mistake.
            if (!result.TryAdd(property.Name, Copy(property.Value)))
            {
                throw new InvalidDataException(ApiMessages.DuplicateKey(property.Name));
            }
        }

        return result;
    }
}
