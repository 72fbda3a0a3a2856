using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Overlord.Client.Contract;
using Overlord.Client.Json;

namespace Overlord.Server.Api;

/// <summary>
/// One answer of the API. JSON answers carry <c>"status_code"</c> first, then their payload, as every body
/// of the original (reference 2.1); status-only answers (HEAD, 204) and raw answers (a forwarded body,
/// <c>/metrics</c>) are written as they are.
/// </summary>
internal sealed class ApiAnswer : IResult
{
    private const string JsonType = "application/json";

    private readonly JsonObject? _payload;
    private readonly byte[]? _raw;
    private readonly string? _contentType;

    private ApiAnswer(int statusCode, JsonObject? payload, byte[]? raw, string? contentType)
    {
        StatusCode = statusCode;
        _payload = payload;
        _raw = raw;
        _contentType = contentType;
    }

    public int StatusCode { get; }

    public static ApiAnswer Ok(string key, JsonNode? value) => Json(StatusCodes.Status200OK, new JsonObject { [key] = value });

    public static ApiAnswer Json(int statusCode, JsonObject payload) => new(statusCode, payload, null, JsonType);

    public static ApiAnswer Message(int statusCode, string message) => Contract(statusCode, new ApiResponse { Message = message });

    /// <summary>A contract record as the body, written by the serializer the client reads with; its status code is set here.</summary>
    public static ApiAnswer Contract<T>(int statusCode, T body)
        where T : ApiResponse =>
        new(statusCode, null, JsonSerializer.SerializeToUtf8Bytes(body with { StatusCode = statusCode }, OverlordJson.Options), JsonType);

    public static ApiAnswer Status(int statusCode) => new(statusCode, null, null, null);

    public static ApiAnswer Raw(int statusCode, string? contentType, byte[] body) => new(statusCode, null, body, contentType);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        if (_contentType is not null)
        {
            response.ContentType = _contentType;
        }

        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        if (_raw is not null || _payload is not null)
        {
            await response.Body.WriteAsync(Serialize(), httpContext.RequestAborted);
        }
    }

    /// <summary>The body as it goes on the wire (tests and the tree read it too).</summary>
    public byte[] Serialize()
    {
        if (_raw is not null)
        {
            return _raw;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ApiJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("status_code", StatusCode);
            foreach (var (name, value) in _payload ?? new JsonObject())
            {
                writer.WritePropertyName(name);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer, ApiJson.Options);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
