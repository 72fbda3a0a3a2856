using System.Text.Json;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core;

namespace Overlord.Client;

/// <summary>Turning an exchange into an <see cref="ApiResult{T}"/> for each kind of route.</summary>
public sealed partial class OverlordClient
{
    /// <summary>A JSON route: the body is read as <typeparamref name="TResponse"/> and <paramref name="select"/> picks the value.</summary>
    private async Task<ApiResult<T>> ReadJsonAsync<TResponse, T>(ApiCall call, Func<TResponse, T> select, CancellationToken cancellationToken)
        where TResponse : class
    {
        var exchange = await ExchangeAsync(call, cancellationToken);
        if (!exchange.IsSuccessStatus)
        {
            return Failed<T>(call, exchange);
        }

        TResponse? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(exchange.Body, OverlordJson.Options.TypeInfo<TResponse>());
        }
        catch (JsonException)
        {
            parsed = null;
        }

        if (parsed is null || (call.RequiresStatusCode && parsed is ApiResponse { StatusCode: null }))
        {
            return NotOverlordJson<T>(call, exchange);
        }

        return Succeeded(exchange.StatusCode, select(parsed));
    }

    /// <summary>A HEAD route: 200 is true, 404 is false, anything else a failure.</summary>
    private async Task<ApiResult<bool>> ReadExistsAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var exchange = await ExchangeAsync(call, cancellationToken);
        return exchange switch
        {
            { Answered: true, StatusCode: 200 } => Succeeded(200, true),
            { Answered: true, StatusCode: 404 } => Succeeded(404, false),
            _ => Failed<bool>(call, exchange),
        };
    }

    /// <summary>A DELETE route: any 2xx (204 normally) is success.</summary>
    private async Task<ApiResult<bool>> ReadDeletedAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var exchange = await ExchangeAsync(call, cancellationToken);
        return exchange.IsSuccessStatus ? Succeeded(exchange.StatusCode, true) : Failed<bool>(call, exchange);
    }

    private ApiResult<T> Failed<T>(ApiCall call, Exchange exchange)
    {
        if (!exchange.Answered)
        {
            return Result<T>(exchange.Failure, 0, exchange.Message);
        }

        var envelope = ErrorBodies.TryReadEnvelope(exchange.Body);
        var message = envelope?.Message ?? ErrorBodies.TryReadMessage(exchange.Body) ?? $"HTTP {exchange.StatusCode} {exchange.ReasonPhrase}".TrimEnd();
        if (exchange.StatusCode == 404 && !ForeignBodies.IsOverlordJson(exchange.Body))
        {
            // An Overlord node answers every unknown path with its JSON 404; a web server's page says the entrypoint is wrong.
            message += $": {Described(call)} got {ForeignBodies.Describe(exchange.Body)}, not an Overlord node's JSON";
        }

        return Result<T>(ApiFailure.HttpStatus, exchange.StatusCode, message) with { Error = envelope };
    }

    // One line that names what came back; the parser's positions would tell a user nothing (issue 10).
    private ApiResult<T> NotOverlordJson<T>(ApiCall call, Exchange exchange) =>
        Result<T>(ApiFailure.InvalidResponse, exchange.StatusCode, $"{Described(call)} got {ForeignBodies.Describe(exchange.Body)}, not an Overlord node's JSON");

    /// <summary>The request as a user would recognise it: <c>GET /v1/chain/alpha/tree/labels</c>, without its query.</summary>
    private string Described(ApiCall call)
    {
        var query = call.Route.IndexOf('?', StringComparison.Ordinal);
        var route = query < 0 ? call.Route : call.Route[..query];
        return Chain is null ? $"{call.Method} /v1/{route}" : $"{call.Method} /v1/chain/{Chain}/{route}";
    }

    private ApiResult<T> Succeeded<T>(int statusCode, T value) =>
        new() { StatusCode = statusCode, Value = value, Entrypoint = Entrypoint, Chain = Chain?.ToString() };

    // A message may quote a URL (an exception's text, a child's error), so passwords in URLs are masked (issue 11.7).
    private ApiResult<T> Result<T>(ApiFailure failure, int statusCode, string? message) =>
        new() { Failure = failure, StatusCode = statusCode, Message = message is null ? null : UrlCredentials.Redact(message), Entrypoint = Entrypoint, Chain = Chain?.ToString() };

    /// <summary>A name refused before sending, worded as the original's client did (<c>x: Invalid project name.</c>).</summary>
    private ApiResult<T> Refused<T>(string? name, string what) => Result<T>(ApiFailure.InvalidArgument, 0, $"{name}: Invalid {what}.");

    private static string Segment(string value) => Uri.EscapeDataString(value);

    private static byte[] Json<TBody>(TBody body) => JsonSerializer.SerializeToUtf8Bytes(body, OverlordJson.Options.TypeInfo<TBody>());
}
