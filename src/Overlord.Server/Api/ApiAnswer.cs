using Microsoft.AspNetCore.Http;
using Overlord.Client.Contract;

namespace Overlord.Server.Api;

/// <summary>
/// One answer of the API. JSON answers are contract records, <c>"status_code"</c> first, then their payload, as
/// every body of the original (reference 2.1); status-only answers (HEAD, 204) and raw answers (a forwarded body,
/// <c>/metrics</c>) are written as they are.
/// </summary>
internal sealed class ApiAnswer : IResult
{
    private const string JsonType = "application/json";

    private readonly byte[]? _body;
    private readonly string? _contentType;

    private ApiAnswer(int statusCode, byte[]? body, string? contentType)
    {
        StatusCode = statusCode;
        _body = body;
        _contentType = contentType;
    }

    public int StatusCode { get; }

    /// <summary>The one message envelope (<see cref="ApiResponse.Of"/>): every refusal of the node, and its write confirmations.</summary>
    public static ApiAnswer Message(int statusCode, string message) => Contract(statusCode, ApiResponse.Of(statusCode, message));

    /// <summary>A 200 with a contract record as the body.</summary>
    public static ApiAnswer Ok<T>(T body)
        where T : ApiResponse =>
        Contract(StatusCodes.Status200OK, body);

    /// <summary>A contract record as the body, written by the serializer the client reads with; its status code is set here.</summary>
    public static ApiAnswer Contract<T>(int statusCode, T body)
        where T : ApiResponse =>
        new(statusCode, OverlordJson.Answer(statusCode, body), JsonType);

    public static ApiAnswer Status(int statusCode) => new(statusCode, null, null);

    public static ApiAnswer Raw(int statusCode, string? contentType, byte[] body) => new(statusCode, body, contentType);

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

        if (_body is not null)
        {
            await response.Body.WriteAsync(_body, httpContext.RequestAborted);
        }
    }
}
