using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary>
/// A request's JSON body, read as the original's handlers read theirs (reference 2.1): an empty body is an
/// empty object, anything that is not JSON or not an object is refused. So is what the original answered with a
/// 500 (issue 11.6): bytes that are not UTF-8, a lone surrogate and a key given twice. Fields are then taken one by one;
/// the first refusal is kept in <see cref="Error"/> and later reads return their defaults.
/// </summary>
internal sealed class RequestBody
{
    private readonly JsonObject _fields;

    private RequestBody(JsonObject fields, ApiAnswer? error)
    {
        _fields = fields;
        Error = error;
    }

    /// <summary>Every field as the request carried it.</summary>
    public JsonObject Fields => _fields;

    /// <summary>The first refusal: the answer to send instead of doing anything.</summary>
    public ApiAnswer? Error { get; private set; }

    public static async Task<RequestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return Parse(buffer.ToArray());
    }

    public static RequestBody Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return new RequestBody([], null);
        }

        // JSON is UTF-8 (RFC 8259); the parser would only notice a bad byte when a handler read the string.
        if (!Utf8.IsValid(body))
        {
            return Refused(ApiMessages.NotUtf8);
        }

        JsonNode? parsed;
        string? error;
        try
        {
            using var document = JsonDocument.Parse(body);
            parsed = JsonBody.Read(document.RootElement, out error);
        }
        catch (JsonException)
        {
            return Refused(ApiMessages.InvalidFormat);
        }

        if (error is not null)
        {
            return Refused(error);
        }

        return parsed is JsonObject fields ? new RequestBody(fields, null) : Refused(ApiMessages.NotADictionary);
    }

    /// <summary>A string field, never stripped (the original's <c>strip=False</c> fields).</summary>
    public string? String(string name, bool required)
    {
        if (Take(name, required) is not { } value)
        {
            return null;
        }

        if (value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        return Fail(ApiMessages.UnexpectedType(name), (string?)null);
    }

    /// <summary>
    /// A boolean field, false when absent. Unlike the original, whose <c>bool("false")</c> was true
    /// (reference 13.10), the strings "false", "0", "no", "off" and "" mean false.
    /// </summary>
    public bool Boolean(string name)
    {
        if (Take(name, required: false) is not { } value)
        {
            return false;
        }

        return BooleanValue.TryRead(value, out var result) ? result : Fail(ApiMessages.UnexpectedType(name), false);
    }

    /// <summary>An object field (a dict in the original), or null when absent.</summary>
    public JsonObject? Object(string name) =>
        Take(name, required: false) switch
        {
            null => null,
            JsonObject value => value,
            _ => Fail(ApiMessages.UnexpectedType(name), (JsonObject?)null),
        };

    /// <summary>A list field, or null when absent.</summary>
    public JsonArray? List(string name, bool required) =>
        Take(name, required) switch
        {
            null => null,
            JsonArray value => value,
            _ => Fail(ApiMessages.UnexpectedType(name), (JsonArray?)null),
        };

    /// <summary>Records a refusal of the endpoint's own (the first one wins).</summary>
    public T Fail<T>(string message, T fallback)
    {
        Error ??= ApiAnswer.Message(StatusCodes.Status400BadRequest, message);
        return fallback;
    }

    private JsonNode? Take(string name, bool required)
    {
        if (Error is not null)
        {
            return null;
        }

        if (!_fields.TryGetPropertyValue(name, out var value))
        {
            return required ? Fail(ApiMessages.Required(name), (JsonNode?)null) : null;
        }

        // A JSON null: absent for optional fields; for a required one, a value of the wrong type.
        return value ?? (required ? Fail(ApiMessages.UnexpectedType(name), (JsonNode?)null) : null);
    }

    private static RequestBody Refused(string message) => new([], ApiAnswer.Message(StatusCodes.Status400BadRequest, message));
}
